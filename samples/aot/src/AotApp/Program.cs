// Native AOT: no JIT, no runtime in the image, a single native executable.
var fib = new long[50];
fib[0] = 0;
fib[1] = 1;
for (var i = 2; i < fib.Length; i++)
{
    fib[i] = fib[i - 1] + fib[i - 2];
}

Console.WriteLine($"aot: fib(49) = {fib[49]}; dynamic code supported: {System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported}");
