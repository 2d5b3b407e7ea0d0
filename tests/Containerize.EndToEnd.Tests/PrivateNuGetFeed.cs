using System.Net;
using System.Net.Sockets;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// An authenticated NuGet feed on 127.0.0.1: Debian's nginx with basic auth over a static NuGet v3 feed (service
/// index and flat container), holding packages that no other feed has. Started by the tests (idempotently: a running
/// instance of the same folder is reused), stopped by <see cref="Dispose"/>. Under CI=true a missing nginx fails.
/// </summary>
internal sealed class PrivateNuGetFeed : IDisposable
{
    public const string User = "containerize";
    public const string SourceName = "private";
    public const string PackageId = "Containerize.PrivateOnly";

    private PrivateNuGetFeed(string root, int port, string password)
    {
        Root = root;
        Port = port;
        Password = password;
    }

    public string Root { get; }

    public int Port { get; }

    /// <summary>Random per run: the string the leak search looks for.</summary>
    public string Password { get; }

    public string Url => $"http://127.0.0.1:{Port}/v3/index.json";

    public static PrivateNuGetFeed Start()
    {
        foreach (var tool in new[] { "nginx", "openssl" })
        {
            if (ProcessRunner.Run("bash", $"-c \"command -v {tool}\"").ExitCode != 0)
            {
                var problem = $"{tool} is missing: run build/setup-test-services.sh (it installs nginx-light and openssl).";
                if (TestPaths.IsCi)
                {
                    Assert.Fail(problem);
                }

                Assert.Inconclusive(problem);
            }
        }

        var root = Path.Combine(Path.GetTempPath(), "buildkit-nuget-feed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "feed", "v3", "flatcontainer"));
        Directory.CreateDirectory(Path.Combine(root, "tmp"));
        var password = "feed-pw-" + Guid.NewGuid().ToString("N");
        var hash = ProcessRunner.Run("bash", $"-c \"printf '%s' '{password}' | openssl passwd -apr1 -stdin\"");
        Assert.AreEqual(0, hash.ExitCode, hash.ToString());
        File.WriteAllText(Path.Combine(root, "htpasswd"), $"{User}:{hash.Output.Trim()}\n");
        var port = FreePort();
        File.WriteAllText(Path.Combine(root, "feed", "v3", "index.json"),
            $"{{\"version\":\"3.0.0\",\"resources\":[{{\"@id\":\"http://127.0.0.1:{port}/v3/flatcontainer/\",\"@type\":\"PackageBaseAddress/3.0.0\"}}]}}");
        File.WriteAllText(Path.Combine(root, "nginx.conf"), $$"""
            user root;
            worker_processes 1;
            daemon on;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log;
            events { worker_connections 64; }
            http {
              access_log {{root}}/access.log;
              client_body_temp_path {{root}}/tmp;
              proxy_temp_path {{root}}/tmp;
              fastcgi_temp_path {{root}}/tmp;
              uwsgi_temp_path {{root}}/tmp;
              scgi_temp_path {{root}}/tmp;
              types { application/json json; application/octet-stream nupkg; application/xml nuspec; }
              server {
                listen 127.0.0.1:{{port}};
                root {{root}}/feed;
                auth_basic "containerize-private-feed";
                auth_basic_user_file {{root}}/htpasswd;
                location / { try_files $uri =404; }
              }
            }
            """);
        var feed = new PrivateNuGetFeed(root, port, password);
        feed.EnsureRunning();
        return feed;
    }

    /// <summary>Starts nginx unless this feed's instance already answers.</summary>
    public void EnsureRunning()
    {
        if (Answers() == HttpStatusCode.Unauthorized)
        {
            return;
        }

        var start = ProcessRunner.Run("nginx", $"-p \"{Root}\" -c \"{Root}/nginx.conf\"");
        Assert.AreEqual(0, start.ExitCode, start.ToString());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Answers() != HttpStatusCode.Unauthorized)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "nginx did not answer on " + Url);
            Thread.Sleep(100);
        }
    }

    /// <summary>Packs a tiny library of this id and <paramref name="version"/> into the feed (a package only it has).</summary>
    public void AddPackage(string version)
    {
        var source = Path.Combine(Root, "src", version);
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, PackageId + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PackageId>{PackageId}</PackageId>
                <Version>{version}</Version>
                <Authors>containerize-tests</Authors>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(source, "Marker.cs"), $"namespace Containerize.PrivateOnly;\n\npublic static class Marker\n{{\n    public const string Text = \"private feed package {version}\";\n}}\n");
        var output = Path.Combine(Root, "nupkgs");
        var pack = ProcessRunner.Run("dotnet", $"pack \"{source}\" -c Release -o \"{output}\" -nologo", source, null, TimeSpan.FromMinutes(5));
        Assert.AreEqual(0, pack.ExitCode, pack.ToString());
        var id = PackageId.ToLowerInvariant();
        var folder = Path.Combine(Root, "feed", "v3", "flatcontainer", id, version);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(output, $"{PackageId}.{version}.nupkg"), Path.Combine(folder, $"{id}.{version}.nupkg"), true);
        var versions = Directory.GetDirectories(Path.Combine(Root, "feed", "v3", "flatcontainer", id)).Select(Path.GetFileName).Select(v => $"\"{v}\"");
        File.WriteAllText(Path.Combine(Root, "feed", "v3", "flatcontainer", id, "index.json"), $"{{\"versions\":[{string.Join(",", versions)}]}}");
    }

    public void Dispose()
    {
        ProcessRunner.Run("nginx", $"-p \"{Root}\" -c \"{Root}/nginx.conf\" -s stop");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Answers() is not null && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
        }
    }

    private HttpStatusCode? Answers()
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var response = http.GetAsync(Url).GetAwaiter().GetResult();
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
