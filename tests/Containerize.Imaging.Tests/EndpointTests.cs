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
        var endpoint = EngineEndpoint.Resolve(string.Empty, Path.Combine(Path.GetTempPath(), "ctz-no-config-" + Guid.NewGuid().ToString("N")), string.Empty, Path.Combine(Path.GetTempPath(), "ctz-no-config-" + Guid.NewGuid().ToString("N")), string.Empty);
        Assert.AreEqual("unix:///var/run/docker.sock", endpoint.Uri.ToString());
    }

    [TestMethod]
    public void Podman_container_host_is_followed()
    {
        var endpoint = EngineEndpoint.Resolve(string.Empty, NoDirectory(), "unix:///run/podman/podman.sock", NoDirectory(), string.Empty);
        Assert.AreEqual("unix:///run/podman/podman.sock", endpoint.Uri.ToString());
        Assert.AreEqual("CONTAINER_HOST", endpoint.Source);
    }

    [TestMethod]
    public void Podman_4_connection_from_containers_conf()
    {
        var directory = NoDirectory();
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "containers.conf"), "[engine]\n  active_service = \"podman-root\"\n  [engine.service_destinations]\n    [engine.service_destinations.remote]\n      uri = \"ssh://core@10.0.0.9/run/podman/podman.sock\"\n    [engine.service_destinations.podman-root]\n      uri = \"unix:///run/podman/podman.sock\"\n");
        var endpoint = EngineEndpoint.Resolve(string.Empty, NoDirectory(), string.Empty, directory, "podman-root");
        Assert.AreEqual("unix:///run/podman/podman.sock", endpoint.Uri.ToString());
        Assert.AreEqual("podman connection 'podman-root'", endpoint.Source);

        var ssh = EngineEndpoint.Resolve(string.Empty, NoDirectory(), string.Empty, directory, "remote");
        Assert.AreNotEqual("podman connection 'remote'", ssh.Source, "an ssh:// connection needs Podman's own tunnel");
    }

    [TestMethod]
    public void Podman_5_connection_from_podman_connections_json()
    {
        var directory = NoDirectory();
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "podman-connections.json"), "{\"Connection\":{\"Default\":\"local\",\"Map\":{\"local\":{\"URI\":\"unix:///run/user/1000/podman/podman.sock\",\"Identity\":\"\"}}}}");
        var endpoint = EngineEndpoint.Resolve(string.Empty, NoDirectory(), string.Empty, directory, "local");
        Assert.AreEqual("unix:///run/user/1000/podman/podman.sock", endpoint.Uri.ToString());
    }

    private static string NoDirectory() => Path.Combine(Path.GetTempPath(), "ctz-endpoint-" + Guid.NewGuid().ToString("N"));
}
