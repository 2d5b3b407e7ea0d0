using System.Xml.Linq;
using Containerize.Imaging;

namespace Containerize.Imaging.Tests;

/// <summary>NuGet's credentials for a folder's sources, read by NuGet.Configuration, and the secret file made of them.</summary>
[TestClass]
public sealed class NuGetCredentialsTests
{
    [TestMethod]
    public void Credentials_in_a_config_above_the_repository_apply_to_the_repository_source()
    {
        var root = Folder();
        var repo = Path.Combine(root, "repo");
        Directory.CreateDirectory(repo);
        File.WriteAllText(Path.Combine(repo, "NuGet.config"), """
            <configuration>
              <packageSources>
                <clear />
                <add key="team feed" value="https://feed.example/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(root, "NuGet.Config"), """
            <configuration>
              <packageSourceCredentials>
                <team_x0020_feed>
                  <add key="Username" value="ci" />
                  <add key="ClearTextPassword" value="pw-above" />
                </team_x0020_feed>
              </packageSourceCredentials>
            </configuration>
            """);
        var credentials = NuGetCredentials.For(repo);
        var source = credentials.Sources.Single(s => s.Name == "team feed");
        Assert.AreEqual("ci", source.Username);
        Assert.AreEqual("pw-above", source.Password);

        var file = XDocument.Parse(System.Text.Encoding.UTF8.GetString(credentials.ToConfigFile()));
        var entry = file.Root!.Element("packageSourceCredentials")!.Elements().Single();
        Assert.AreEqual("team_x0020_feed", entry.Name.LocalName, "NuGet's own encoding of a name with a space");
        Assert.AreEqual("pw-above", entry.Elements("add").Single(a => (string?)a.Attribute("key") == "ClearTextPassword").Attribute("value")!.Value);
        Assert.IsNull(file.Root.Element("packageSources"), "sources come from the repository's config, not the secret");
        Directory.Delete(root, true);
    }

    [TestMethod]
    public void The_variable_form_supplies_credentials_for_a_source_without_any()
    {
        var root = Folder();
        var name = "envfeed" + Guid.NewGuid().ToString("N").Substring(0, 8);
        File.WriteAllText(Path.Combine(root, "NuGet.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="{name}" value="https://env.example/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        Assert.IsFalse(NuGetCredentials.For(root).Any);
        Environment.SetEnvironmentVariable("NuGetPackageSourceCredentials_" + name, "Username=robot;Password=pw-from-env");
        try
        {
            var source = NuGetCredentials.For(root).Sources.Single(s => s.Name == name);
            Assert.AreEqual("robot", source.Username);
            Assert.AreEqual("pw-from-env", source.Password);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NuGetPackageSourceCredentials_" + name, null);
            Directory.Delete(root, true);
        }
    }

    private static string Folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "buildkit-nugetcreds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }
}
