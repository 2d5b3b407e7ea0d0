using System.Text;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// A project restoring from an authenticated NuGet feed containerizes on BuildKit: NuGet's credentials reach the
/// container's restore as a secret, and the password is in no layer (final image and build stage), no history entry,
/// no image config and no build log line. Without credentials: one coded error naming the source.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class PrivateFeedTests
{
    private static readonly Lazy<PrivateNuGetFeed> SharedFeed = new(PrivateNuGetFeed.Start);

    [ClassCleanup]
    public static void StopFeed()
    {
        if (SharedFeed.IsValueCreated)
        {
            SharedFeed.Value.Dispose();
        }
    }

    [TestMethod]
    public void A_project_on_an_authenticated_feed_containerizes_and_the_password_is_nowhere()
    {
        DockerEngine.Require();
        var feed = SharedFeed.Value;
        feed.EnsureRunning();
        var version = UniqueVersion(1);
        feed.AddPackage(version);
        var workspace = Prepare("private-feed-ok", feed, version);

        // The credentials live where a user keeps them: a NuGet.Config outside the repository (here its parent folder).
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(workspace.Root)!, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSourceCredentials>
                <{PrivateNuGetFeed.SourceName}>
                  <add key="Username" value="{PrivateNuGetFeed.User}" />
                  <add key="ClearTextPassword" value="{feed.Password}" />
                </{PrivateNuGetFeed.SourceName}>
              </packageSourceCredentials>
            </configuration>
            """);
        var tag = "buildkit-private-feed:latest";
        var publish = Run(workspace, "publish", "-v:detailed -p:RestoreNoHttpCache=true -p:ContainerizeInnerLoop=false -p:ContainerizeImage=true -p:ContainerizeNetwork=host -p:ContainerRepository=buildkit-private-feed -p:ContainerImageTags=latest");
        Assert.AreEqual(0, publish.ExitCode, publish.ToString());
        StringAssert.Contains(publish.Output, "with BuildKit");
        StringAssert.Contains(publish.Output, $"NuGet credentials for '{PrivateNuGetFeed.SourceName}'");
        var dockerfile = File.ReadAllText(workspace.DockerfilePath);
        StringAssert.Contains(dockerfile, "--mount=type=secret,id=nuget-config,target=/root/.nuget/NuGet/NuGet.Config");
        StringAssert.Contains(DockerEngine.Docker($"run --rm {tag}").Output, "worker: processed item 3 of 3");

        // The build stage, built from the same cache, tagged so its layers can be searched too.
        var stageTag = "buildkit-private-feed-stage:latest";
        var stage = Run(workspace, "build", "-t:ContainerizeImage -p:ContainerizeTarget=build -p:ContainerizeNetwork=host -p:ContainerRepository=buildkit-private-feed-stage -p:ContainerImageTags=latest");
        Assert.AreEqual(0, stage.ExitCode, stage.ToString());
        try
        {
            var hits = new Dictionary<string, int>
            {
                ["final image layers (docker save)"] = CountInSavedImage(tag, feed.Password),
                ["build stage layers (docker save)"] = CountInSavedImage(stageTag, feed.Password),
                ["docker history --no-trunc (final)"] = Count(DockerEngine.Docker($"history --no-trunc {tag}").Output, feed.Password),
                ["docker history --no-trunc (build stage)"] = Count(DockerEngine.Docker($"history --no-trunc {stageTag}").Output, feed.Password),
                ["image config (final)"] = Count(DockerEngine.Docker($"image inspect {tag}").Output, feed.Password),
                ["image config (build stage)"] = Count(DockerEngine.Docker($"image inspect {stageTag}").Output, feed.Password),
                ["build log (publish, detailed)"] = Count(publish.All, feed.Password),
                ["build log (build stage)"] = Count(stage.All, feed.Password),
            };
            Console.WriteLine("password search: " + string.Join("; ", hits.Select(h => $"{h.Key}: {h.Value}")));
            Assert.IsTrue(hits.Values.All(v => v == 0), "the password leaked: " + string.Join("; ", hits.Where(h => h.Value > 0).Select(h => $"{h.Key}: {h.Value}")));
            Assert.AreEqual(1, Count(File.ReadAllText(Path.Combine(Path.GetDirectoryName(workspace.Root)!, "NuGet.Config")), feed.Password), "the search itself finds the password where it is");
        }
        finally
        {
            DockerEngine.Docker($"image rm -f {tag} {stageTag}");
        }
    }

    [TestMethod]
    public void Without_credentials_the_restore_is_one_coded_error_naming_the_source()
    {
        DockerEngine.Require();
        var feed = SharedFeed.Value;
        feed.EnsureRunning();
        var version = UniqueVersion(2);
        feed.AddPackage(version);
        var workspace = Prepare("private-feed-none", feed, version);

        // The host restores (credentials given to that command only, as a credential provider would); the image
        // build then has none to hand on.
        var restore = Run(workspace, "restore", "--no-http-cache", new Dictionary<string, string> { ["NuGetPackageSourceCredentials_" + PrivateNuGetFeed.SourceName] = $"Username={PrivateNuGetFeed.User};Password={feed.Password}" });
        Assert.AreEqual(0, restore.ExitCode, restore.ToString());
        DockerEngine.Docker("rmi -f buildkit-private-feed-none:latest");   // a tag from an earlier run would hide a wrong success
        var publish = Run(workspace, "publish", "--no-restore -p:ContainerizeInnerLoop=false -p:ContainerizeImage=true -p:ContainerizeNetwork=host -p:ContainerRepository=buildkit-private-feed-none -p:ContainerImageTags=latest");
        Assert.AreNotEqual(0, publish.ExitCode, publish.ToString());
        var errors = publish.Output.Split('\n').Where(l => l.Contains(": error ")).Select(l => l.Trim()).Distinct().ToList();
        Assert.AreEqual(1, errors.Count, publish.ToString());
        StringAssert.Contains(errors[0], "error CTZ3013");
        StringAssert.Contains(errors[0], $"'{PrivateNuGetFeed.SourceName}'");
        StringAssert.Contains(errors[0], feed.Url);
        StringAssert.Contains(errors[0], "NuGetPackageSourceCredentials_private");
        Assert.AreNotEqual(0, DockerEngine.Docker("image inspect buildkit-private-feed-none:latest").ExitCode, "nothing tagged");
    }

    // A version no cache has seen (the host's global packages folder, the builds' NuGet cache mount): the restore must
    // reach the feed (and the host's restores skip NuGet's HTTP cache, which keeps the feed's version list). Assembly version parts stay below 65536.
    private static string UniqueVersion(int major) => $"{major}.{Random.Shared.Next(1, 65000)}.{Random.Shared.Next(1, 65000)}";

    private static SampleWorkspace Prepare(string name, PrivateNuGetFeed feed, string version)
    {
        SdkPackage.Ensure();
        var root = Path.Combine(Path.GetTempPath(), "buildkit-e2e", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8), "repo");
        var prepared = ProcessRunner.Run("bash", $"build/prepare-sample.sh worker {root}");
        Assert.AreEqual(0, prepared.ExitCode, prepared.ToString());
        var config = Path.Combine(root, "NuGet.config");
        File.WriteAllText(config, File.ReadAllText(config).Replace("<clear />", $"<clear />\n    <add key=\"{PrivateNuGetFeed.SourceName}\" value=\"{feed.Url}\" allowInsecureConnections=\"true\" />"));
        var project = Path.Combine(root, "src", "Worker", "Worker.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", $"  <ItemGroup>\n    <PackageReference Include=\"{PrivateNuGetFeed.PackageId}\" Version=\"{version}\" />\n  </ItemGroup>\n</Project>"));
        File.AppendAllText(Path.Combine(root, "src", "Worker", "Program.cs"), "Console.WriteLine(Containerize.PrivateOnly.Marker.Text);\n");
        return SampleWorkspaceFor(root);
    }

    private static SampleWorkspace SampleWorkspaceFor(string root) => SampleWorkspace.At("worker", root, "src/Worker/Worker.csproj");

    private static ProcessResult Run(SampleWorkspace workspace, string verb, string arguments, IDictionary<string, string>? extra = null)
    {
        var env = new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry };
        foreach (var pair in extra ?? new Dictionary<string, string>())
        {
            env[pair.Key] = pair.Value;
        }

        return ProcessRunner.Run("dotnet", $"{verb} \"{workspace.ProjectPath}\" -nologo {arguments}", workspace.Root, env, TimeSpan.FromMinutes(10));
    }

    private static int CountInSavedImage(string tag, string needle)
    {
        var file = Path.Combine(Path.GetTempPath(), "buildkit-save-" + Guid.NewGuid().ToString("N") + ".tar");
        try
        {
            var save = DockerEngine.Docker($"save -o \"{file}\" {tag}");
            Assert.AreEqual(0, save.ExitCode, save.ToString());
            // The layers are tar streams inside the tar, uncompressed: a byte search covers every file of every layer.
            var bytes = File.ReadAllBytes(file);
            var pattern = Encoding.UTF8.GetBytes(needle);
            var count = 0;
            for (var i = bytes.AsSpan().IndexOf(pattern); i >= 0; )
            {
                count++;
                var next = bytes.AsSpan(i + 1).IndexOf(pattern);
                i = next < 0 ? -1 : i + 1 + next;
            }

            return count;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
