using System.Security.Cryptography;
using System.Text;

namespace Containerize.Imaging.Tests;

[TestClass]
public sealed class EndpointTests
{
    [TestMethod]
    public void Docker_host_wins()
    {
        var endpoint = EngineEndpoint.Resolve("tcp://build-host:2376");
        Assert.AreEqual("tcp://build-host:2376/", endpoint.Uri.ToString());
        Assert.AreEqual("DOCKER_HOST", endpoint.Source);
    }

    [TestMethod]
    public void Current_docker_context_is_followed()
    {
        var config = Path.Combine(Path.GetTempPath(), "ctz-docker-config-" + Guid.NewGuid().ToString("N"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("remote")));
        Directory.CreateDirectory(Path.Combine(config, "contexts", "meta", hash));
        File.WriteAllText(Path.Combine(config, "config.json"), "{\"currentContext\": \"remote\"}");
        File.WriteAllText(Path.Combine(config, "contexts", "meta", hash, "meta.json"), "{\"Name\":\"remote\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://10.1.2.3:2375\",\"SkipTLSVerify\":false}}}");
        var endpoint = EngineEndpoint.Resolve(string.Empty, config);
        Assert.AreEqual("tcp://10.1.2.3:2375/", endpoint.Uri.ToString());
        Assert.AreEqual("docker context 'remote'", endpoint.Source);
    }

    [TestMethod]
    public void Default_is_the_local_socket()
    {
        var endpoint = EngineEndpoint.Resolve(string.Empty, Path.Combine(Path.GetTempPath(), "ctz-no-config-" + Guid.NewGuid().ToString("N")));
        Assert.AreEqual("unix:///var/run/docker.sock", endpoint.Uri.ToString());
    }
}
