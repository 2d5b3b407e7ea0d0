// Self-contained and trimmed: the runtime ships with the app, on the runtime-deps image.
var primes = Enumerable.Range(2, 100).Where(n => Enumerable.Range(2, (int)Math.Sqrt(n) - 1).All(d => n % d != 0)).ToList();
Console.WriteLine($"trimmed: {primes.Count} primes below 102, the largest {primes[^1]}; runtime {Environment.Version}, self-contained");
