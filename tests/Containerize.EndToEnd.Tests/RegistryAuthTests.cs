using System.Diagnostics;
using System.Text;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>Push to a registry that asks for credentials: refused without them (CTZ3008), accepted with the docker config's.</summary>
[TestClass]
public sealed class RegistryAuthTests
{
    [TestMethod]
    public void Push_uses_docker_config_credentials_and_reports_an_auth_failure_without_them()
    {
        DockerEngine.Require();
        var dir = Path.Combine(Path.GetTempPath(), "ctz-auth-registry-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        var hash = ProcessRunner.Run("python3", "-c \"import crypt; print(crypt.crypt('s3cret', crypt.mksalt(crypt.METHOD_BLOWFISH)))\"");
        Assert.AreEqual(0, hash.ExitCode, "bcrypt for the registry's htpasswd:\n" + hash);
        File.WriteAllText(Path.Combine(dir, "htpasswd"), "ci:" + hash.Output.Trim() + "\n");
        var port = 25000 + Random.Shared.Next(1000);
        File.WriteAllText(Path.Combine(dir, "config.yml"), $"version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: {dir}/data\nhttp:\n  addr: 127.0.0.1:{port}\nauth:\n  htpasswd:\n    realm: containerize-test\n    path: {dir}/htpasswd\n");
        using var registry = Process.Start(new ProcessStartInfo("/usr/bin/docker-registry", $"serve {dir}/config.yml") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true })!;
        try
        {
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    http.GetAsync($"http://127.0.0.1:{port}/v2/").GetAwaiter().GetResult();
                    break;
                }
                catch (HttpRequestException)
                {
                    Thread.Sleep(250);
                }
            }

            var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj");
            var emptyConfig = Path.Combine(dir, "no-credentials");
            Directory.CreateDirectory(emptyConfig);
            var properties = new[] { "ContainerizeImage=true", $"ContainerRegistry=localhost:{port}", "ContainerRepository=auth/worker", "ContainerImageTags=1", "ContainerizePush=true" };
            var refused = workspace.Dotnet("publish", new Dictionary<string, string> { ["DOCKER_CONFIG"] = emptyConfig }, properties);
            Assert.AreNotEqual(0, refused.ExitCode);
            StringAssert.Contains(refused.Output, "error CTZ3008", refused.ToString());
            Assert.DoesNotContain("MSB4018", refused.Output);

            var withCredentials = Path.Combine(dir, "credentials");
            Directory.CreateDirectory(withCredentials);
            var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:s3cret"));
            File.WriteAllText(Path.Combine(withCredentials, "config.json"), $"{{\"auths\":{{\"localhost:{port}\":{{\"auth\":\"{auth}\"}}}}}}");
            var pushed = workspace.Dotnet("publish", new Dictionary<string, string> { ["DOCKER_CONFIG"] = withCredentials }, properties);
            Assert.AreEqual(0, pushed.ExitCode, pushed.ToString());
            StringAssert.Contains(pushed.Output, $"pushed localhost:{port}/auth/worker:1");
        }
        finally
        {
            registry.Kill(entireProcessTree: true);
        }
    }

    [TestMethod]
    public void A_private_base_image_is_pulled_with_the_docker_config_credentials_through_the_buildkit_session()
    {
        DockerEngine.Require();
        var dir = Path.Combine(Path.GetTempPath(), "buildkit-auth-base-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        var hash = ProcessRunner.Run("python3", "-c \"import crypt; print(crypt.crypt('s3cret', crypt.mksalt(crypt.METHOD_BLOWFISH)))\"");
        Assert.AreEqual(0, hash.ExitCode, "bcrypt for the registry's htpasswd:\n" + hash);
        File.WriteAllText(Path.Combine(dir, "htpasswd"), "ci:" + hash.Output.Trim() + "\n");
        var port = 26000 + Random.Shared.Next(1000);
        File.WriteAllText(Path.Combine(dir, "config.yml"), $"version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: {dir}/data\nhttp:\n  addr: 127.0.0.1:{port}\nauth:\n  htpasswd:\n    realm: containerize-test\n    path: {dir}/htpasswd\n");
        using var registry = Process.Start(new ProcessStartInfo("/usr/bin/docker-registry", $"serve {dir}/config.yml") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true })!;
        var baseImage = $"localhost:{port}/buildkit/private-base:1";
        try
        {
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    http.GetAsync($"http://127.0.0.1:{port}/v2/").GetAwaiter().GetResult();
                    break;
                }
                catch (HttpRequestException)
                {
                    Thread.Sleep(250);
                }
            }

            var withCredentials = Path.Combine(dir, "credentials");
            Directory.CreateDirectory(withCredentials);
            var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:s3cret"));
            File.WriteAllText(Path.Combine(withCredentials, "config.json"), $"{{\"auths\":{{\"localhost:{port}\":{{\"auth\":\"{auth}\"}}}}}}");
            Assert.AreEqual(0, DockerEngine.Docker($"tag {DockerEngine.Registry}/runtime:10.0 {baseImage}").ExitCode);
            var push = DockerEngine.Docker($"--config \"{withCredentials}\" push {baseImage}");
            Assert.AreEqual(0, push.ExitCode, push.ToString());
            DockerEngine.Docker($"rmi {baseImage}");

            SdkPackage.Ensure();
            var workspace = SampleWorkspace.At("buildkit-private-base", Path.Combine(dir, "repo"), "src/Worker/Worker.csproj");
            var prepared = ProcessRunner.Run("bash", $"build/prepare-sample.sh worker {workspace.Root}");
            Assert.AreEqual(0, prepared.ExitCode, prepared.ToString());
            File.WriteAllText(workspace.DockerfilePath, $"FROM {baseImage}\nRUN echo from-the-private-base > /marker\nUSER 1654\n");
            var properties = new[] { "ContainerizeBuilder=buildkit", "ContainerRepository=buildkit-private-base", "ContainerImageTags=latest" };

            var emptyConfig = Path.Combine(dir, "no-credentials");
            Directory.CreateDirectory(emptyConfig);
            var refused = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -t:ContainerizeImage " + string.Join(" ", properties.Select(p => "-p:" + p)), workspace.Root, new Dictionary<string, string> { ["DOCKER_CONFIG"] = emptyConfig, ["MSBUILDDISABLENODEREUSE"] = "1" }, TimeSpan.FromMinutes(10));
            Console.WriteLine("without credentials:\n" + refused.Output);
            Assert.AreNotEqual(0, refused.ExitCode, refused.ToString());
            StringAssert.Contains(refused.Output, "Dockerfile(1,1): error CTZ3003", refused.ToString());

            var pulled = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -v:n -t:ContainerizeImage " + string.Join(" ", properties.Select(p => "-p:" + p)), workspace.Root, new Dictionary<string, string> { ["DOCKER_CONFIG"] = withCredentials, ["MSBUILDDISABLENODEREUSE"] = "1" }, TimeSpan.FromMinutes(10));
            Console.WriteLine("with credentials:\n" + pulled.Output);
            Assert.AreEqual(0, pulled.ExitCode, pulled.ToString());
            StringAssert.Contains(pulled.Output, "BuildKit session");
            Assert.DoesNotContain("s3cret", pulled.Output);
        }
        finally
        {
            registry.Kill(entireProcessTree: true);
            DockerEngine.Docker("rmi -f buildkit-private-base:latest " + baseImage);
        }
    }
}
