using System.Text;
using Containerize.Dockerfiles;
using Containerize.Imaging;

namespace Containerize.Imaging.Tests;

/// <summary>A build starts a BuildKit session only when it uses one: secrets, or a base image whose registry has credentials.</summary>
[TestClass]
[DoNotParallelize]
public sealed class SessionNeedTests
{
    [TestMethod]
    public void A_base_image_on_a_registry_with_credentials_needs_a_session_and_others_do_not()
    {
        var config = Path.Combine(Path.GetTempPath(), "buildkit-session-need-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(config);
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:pw"));
        File.WriteAllText(Path.Combine(config, "config.json"), $"{{\"auths\":{{\"localhost:26999\":{{\"auth\":\"{auth}\"}}}}}}");
        var before = Environment.GetEnvironmentVariable("DOCKER_CONFIG");
        Environment.SetEnvironmentVariable("DOCKER_CONFIG", config);
        try
        {
            Assert.IsTrue(ImageBuilder.NeedsSession(new BuildRequest(), Dockerfile.Parse("FROM localhost:26999/private/base:1\nRUN true\n")));
            Assert.IsFalse(ImageBuilder.NeedsSession(new BuildRequest(), Dockerfile.Parse("FROM localhost:26998/public/base:1\nRUN true\n")));
            Assert.IsTrue(ImageBuilder.NeedsSession(new BuildRequest(), Dockerfile.Parse("FROM localhost:26998/public/base:1\nRUN --mount=type=secret,id=x cat /run/secrets/x\n")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_CONFIG", before);
            Directory.Delete(config, true);
        }
    }
}
