using System.Net;

namespace Containerize.EndToEnd.Tests;

/// <summary>Every sample with a generated Dockerfile, and what each one's container must do.</summary>
internal static class Samples
{
    public static IReadOnlyList<Sample> All { get; } = new[]
    {
        new Sample("webapi", "src/WebApi/WebApi.csproj", "WebApi", "src/WebApi/Program.cs", "aspnet:10.0-noble-chiseled", (w, tag) =>
        {
            var (status, body) = w.RunAndRequest(8080, "/", tag);
            Assert.AreEqual(HttpStatusCode.OK, status);
            StringAssert.Contains(body, "Hello from a distroless container");
        }),
        new Sample("worker", "src/Worker/Worker.csproj", "Worker", "src/Worker/Program.cs", "runtime:10.0-noble-chiseled", (w, tag) =>
            StringAssert.Contains(w.RunToCompletion(tag), "worker: processed item 3 of 3")),
        new Sample("solution", "src/Api/Api.csproj", "Api", "src/Api/Program.cs", "aspnet:10.0-noble-chiseled-extra", (w, tag) =>
        {
            var (status, body) = w.RunAndRequest(5080, "/", tag);
            Assert.AreEqual(HttpStatusCode.OK, status);
            StringAssert.Contains(body, "Hello, container!");
        }),
        new Sample("trimmed", "src/Trimmed/Trimmed.csproj", "Trimmed", "src/Trimmed/Program.cs", "runtime-deps:10.0-noble-chiseled", (w, tag) =>
            StringAssert.Contains(w.RunToCompletion(tag), "trimmed: 26 primes below 102")),
        new Sample("aot", "src/AotApp/AotApp.csproj", "AotApp", "src/AotApp/Program.cs", "runtime-deps:10.0-noble-chiseled", (w, tag) =>
            StringAssert.Contains(w.RunToCompletion(tag), "aot: fib(49) = 7778742049; dynamic code supported: False")),
        new Sample("globalization", "src/Dates/Dates.csproj", "Dates", "src/Dates/Program.cs", "runtime:10.0-noble-chiseled-extra", (w, tag) =>
            StringAssert.Contains(w.RunToCompletion(tag), "de-DE: Dienstag, 24. Dezember 2024")),
        new Sample("monorepo", "src/Greeter.Service/Greeter.Service.csproj", "Greeter.Service", "src/Greeter.Service/GreeterService.cs", "aspnet:10.0-noble-chiseled", (w, tag) =>
        {
            // A real gRPC call over HTTP/2 (h2c): the .proto, the linked shared source, the version import and the
            // greeting copied from config/ all have to have made it into the image for this answer.
            var reply = w.RunAndProbe(8080, port => GrpcCall.SayHello(port, "e2e"), tag);
            Assert.AreEqual("Greetings from the monorepo, e2e! (service 2.4.0, core 2.4.0)", reply);
        }),
        new Sample("blazor", "src/Frontend/Frontend.csproj", "Frontend", "src/Frontend/Program.cs", "aspnet:10.0-noble-chiseled-extra", (w, tag) =>
        {
            var pages = w.RunAndProbe(8080, port =>
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                return new[] { "/", "/_framework/blazor.web.js", "/lib/bootstrap/dist/css/bootstrap.min.css", "/_content/Frontend.Widgets/exampleJsInterop.js" }
                    .Select(path =>
                    {
                        using var response = http.GetAsync($"http://127.0.0.1:{port}{path}").GetAwaiter().GetResult();
                        return (Path: path, response.StatusCode, Body: response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
                    })
                    .ToList();
            }, tag);
            foreach (var page in pages)
            {
                Assert.AreEqual(HttpStatusCode.OK, page.StatusCode, page.Path + " did not answer 200");
            }

            StringAssert.Contains(pages[0].Body, "Welcome to the containerized Blazor app.");
            StringAssert.Contains(pages[0].Body, "Frontend.Widgets</strong> library.", "the class library's component renders");
            StringAssert.Contains(pages[0].Body, "_framework/blazor.web", "the page loads the Blazor script");
        }),
    };

    /// <summary>The sample with a hand-written Dockerfile: the SDK leaves it alone, so only restore equivalence applies.</summary>
    public static Sample Wasteful { get; } = new("wasteful", "src/Wasteful/Wasteful.csproj", "Wasteful", "src/Wasteful/Program.cs", string.Empty, (_, _) => { });

    /// <summary>For [DynamicData]: one row per sample with a generated Dockerfile.</summary>
    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    /// <summary>For [DynamicData]: one row per sample, the hand-written one included.</summary>
    public static IEnumerable<object[]> AllNames => Names.Append(new object[] { Wasteful.Name });

    public static Sample Get(string name) => name == Wasteful.Name ? Wasteful : All.Single(s => s.Name == name);
}
