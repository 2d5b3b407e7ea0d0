using System.Diagnostics;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// A tcp:// engine with mutual TLS (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH): socat terminates TLS with a
/// certificate authority made here and forwards to the local engine's socket, as a remote engine would answer.
/// </summary>
[TestClass]
public sealed class TlsEngineTests
{
    [TestMethod]
    public void Image_builds_on_a_tls_endpoint_with_client_certificates()
    {
        DockerEngine.Require();
        if (ProcessRunner.Run("bash", "-c \"command -v socat\"").ExitCode != 0)
        {
            if (TestPaths.IsCi)
            {
                Assert.Fail("socat is not installed (.ci/run installs it)");
            }

            Assert.Inconclusive("socat is not installed");
        }

        var certs = Path.Combine(Path.GetTempPath(), "ctz-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(certs);
        var make = ProcessRunner.Run("bash", "-c \"" + string.Join(" && ", new[]
        {
            "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=ctz-test-ca -keyout ca-key.pem -out ca.pem",
            "openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server-key.pem -out server.csr",
            "printf 'subjectAltName=IP:127.0.0.1\\n' > server.ext",
            "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile server.ext -out server.pem",
            "openssl req -newkey rsa:2048 -nodes -subj /CN=client -keyout key.pem -out client.csr",
            "printf 'extendedKeyUsage=clientAuth\\n' > client.ext",
            "openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile client.ext -out cert.pem",
        }) + "\"", certs);
        Assert.AreEqual(0, make.ExitCode, make.ToString());

        var port = 23000 + Random.Shared.Next(1000);
        using var proxy = Process.Start(new ProcessStartInfo("socat", $"openssl-listen:{port},reuseaddr,fork,cert={certs}/server.pem,key={certs}/server-key.pem,cafile={certs}/ca.pem,verify=1 unix-connect:/var/run/docker.sock")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        })!;
        try
        {
            Thread.Sleep(500);
            var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj");
            workspace.ImageTag = "tls-worker:latest";
            var tls = new Dictionary<string, string>
            {
                ["DOCKER_HOST"] = $"tcp://127.0.0.1:{port}",
                ["DOCKER_TLS_VERIFY"] = "1",
                ["DOCKER_CERT_PATH"] = certs,
            };
            var result = workspace.Dotnet("publish", tls, "ContainerizeImage=true", "ContainerRepository=tls-worker", "ContainerImageTags=latest");
            Assert.AreEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(workspace.RunToCompletion(), "worker: processed item 3 of 3");

            // Without a client certificate the endpoint cannot be used: one coded error, no crash.
            var noKey = Path.Combine(certs, "ca-only");
            Directory.CreateDirectory(noKey);
            File.Copy(Path.Combine(certs, "ca.pem"), Path.Combine(noKey, "ca.pem"));
            tls["DOCKER_CERT_PATH"] = noKey;
            var refused = workspace.Dotnet("publish", tls, "ContainerizeImage=true", "ContainerRepository=tls-worker");
            Assert.AreNotEqual(0, refused.ExitCode);
            StringAssert.Contains(refused.Output, "error CTZ3010");
            Assert.DoesNotContain("MSB4018", refused.Output);
        }
        finally
        {
            proxy.Kill(entireProcessTree: true);
        }
    }
}
