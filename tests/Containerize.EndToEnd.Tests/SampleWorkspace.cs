using System.Net;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>A sample copied into a work folder with the packed SDK as a local feed: a user's checkout.</summary>
internal sealed class SampleWorkspace
{
    private SampleWorkspace(string sample, string root, string project)
    {
        Sample = sample;
        Root = root;
        ProjectPath = Path.Combine(root, project);
    }

    public string Sample { get; }

    public string Root { get; }

    public string ProjectPath { get; }

    public string DockerfilePath => Path.Combine(Path.GetDirectoryName(ProjectPath)!, "Dockerfile");

    public string ImageTag { get; set; } = string.Empty;

    /// <param name="folder">The work folder's name under containerize-e2e (default: the sample's name).</param>
    public static SampleWorkspace Prepare(string sample, string project, string? folder = null)
    {
        SdkPackage.Ensure();
        var root = Path.Combine(Path.GetTempPath(), "containerize-e2e", folder ?? sample);
        var result = ProcessRunner.Run("bash", $"build/prepare-sample.sh {sample} {root}");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return new SampleWorkspace(sample, root, project) { ImageTag = $"containerize-e2e/{sample}:latest" };
    }

    /// <summary>
    /// The property for a Dockerfile that <see cref="DockerBuild"/> can build: Debian's docker CLI (20.10, no buildx)
    /// has only the classic builder, so tests of <c>docker build</c> generate the classic form.
    /// </summary>
    public const string ClassicDockerfile = "ContainerizeBuildKit=false";

    /// <summary>A sample already prepared at <paramref name="root"/> (build/prepare-sample.sh).</summary>
    public static SampleWorkspace At(string sample, string root, string project) =>
        new(sample, root, project) { ImageTag = $"containerize-e2e/{sample}:latest" };

    /// <summary><c>dotnet build</c> as the user runs it, with the local base images' registry.</summary>
    public ProcessResult Build(params string[] properties)
    {
        var result = Dotnet("build", null, properties);
        Assert.AreEqual(0, result.ExitCode, "dotnet build failed:\n" + result);
        return result;
    }

    /// <summary>Runs a dotnet verb on the project (no assertion), with the local base images' registry.</summary>
    public ProcessResult Dotnet(string verb, IDictionary<string, string>? environment, params string[] properties)
    {
        var env = new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry };
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            env[pair.Key] = pair.Value;
        }

        var args = $"{verb} \"{ProjectPath}\" -nologo " + string.Join(" ", properties.Select(p => "\"-p:" + p + "\""));
        return ProcessRunner.Run("dotnet", args, Root, env, TimeSpan.FromMinutes(10));
    }

    /// <summary>The project facts the build handed the analyzers (its generated MSBuild .editorconfig).</summary>
    public Containerize.Linting.ProjectFacts ProjectFacts()
    {
        var obj = Path.Combine(Path.GetDirectoryName(ProjectPath)!, "obj");
        var config = Directory.GetFiles(obj, "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).OrderBy(f => f.Length).First();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(config))
        {
            if (line.StartsWith("build_property.", StringComparison.Ordinal) && line.IndexOf('=') is var eq and > 0)
            {
                properties[line.Substring("build_property.".Length, eq - "build_property.".Length).Trim()] = line.Substring(eq + 1).Trim();
            }
        }

        return new Containerize.Linting.ProjectFacts(properties);
    }

    public ProcessResult DockerBuild()
    {
        var result = DockerEngine.Docker($"build -f \"{DockerfilePath}\" -t {ImageTag} \"{Root}\"");
        Assert.AreEqual(0, result.ExitCode, "docker build failed:\n" + result);
        return result;
    }

    public IReadOnlyList<string> Layers()
    {
        var result = DockerEngine.Docker($"image inspect -f \"{{{{join .RootFS.Layers \\\" \\\"}}}}\" {ImageTag}");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return result.Output.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public void AssertRunsAsNonRootWithoutShell()
    {
        var user = DockerEngine.Docker($"image inspect -f \"{{{{.Config.User}}}}\" {ImageTag}").Output.Trim();
        Assert.IsFalse(user is "" or "0" or "root" or "0:0", $"the image runs as '{user}'");
        Assert.IsTrue(int.TryParse(user.Split(':')[0], out var uid) && uid > 0, $"expected a numeric non-root user, got '{user}'");
        var shell = DockerEngine.Docker($"run --rm --entrypoint sh {ImageTag} -c true", TimeSpan.FromMinutes(1));
        Assert.AreNotEqual(0, shell.ExitCode, "a shell started in the image:\n" + shell);
    }

    public string RunToCompletion()
    {
        var result = DockerEngine.Docker($"run --rm {ImageTag}", TimeSpan.FromMinutes(2));
        Assert.AreEqual(0, result.ExitCode, "the container failed:\n" + result);
        return result.Output;
    }

    /// <summary>Runs the image, waits for HTTP on the container port, returns status and body of <paramref name="path"/>.</summary>
    public (HttpStatusCode Status, string Body) RunAndRequest(int containerPort, string path)
    {
        var name = "containerize-e2e-" + Sample;
        DockerEngine.Docker($"rm -f {name}");
        var run = DockerEngine.Docker($"run -d --name {name} -p 127.0.0.1::{containerPort} {ImageTag}");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        try
        {
            var port = DockerEngine.Docker($"port {name} {containerPort}/tcp").Output.Trim().Split('\n')[0].Split(':').Last();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    using var response = http.GetAsync($"http://127.0.0.1:{port}{path}").GetAwaiter().GetResult();
                    return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(250);
                }
                catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(250);
                }
            }
        }
        finally
        {
            var logs = DockerEngine.Docker($"logs {name}");
            Console.WriteLine(logs.All);
            DockerEngine.Docker($"rm -f {name}");
        }
    }
}
