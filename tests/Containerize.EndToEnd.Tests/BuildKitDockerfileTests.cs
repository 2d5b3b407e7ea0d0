using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// User-owned Dockerfiles that need BuildKit, built by <c>dotnet publish -p:ContainerizeImage=true</c> through the
/// Engine API: the way <c>docker init</c> writes one for ASP.NET Core (bind and cache mounts, --platform=$BUILDPLATFORM,
/// -a $TARGETARCH), a heredoc RUN, COPY --link --chmod (on this machine's engine, and built and run on Docker 26, whose
/// built-in frontend has that syntax); a failing RUN; the layer report of a BuildKit-built image.
/// </summary>
[TestClass]
public sealed class BuildKitDockerfileTests
{
    private const string Sdk = DockerEngine.Registry + "/sdk:10.0";
    private const string AspNet = DockerEngine.Registry + "/aspnet:10.0-noble-chiseled";

    /// <summary>A heredoc RUN (Dockerfile syntax 1.4) in the build stage; it leaves a marker file in the app.</summary>
    private static readonly string HeredocDockerfile = $"""
        FROM {Sdk} AS build
        WORKDIR /src
        COPY . .
        RUN <<EOF
        set -e
        dotnet publish src/WebApi/WebApi.csproj -c Release -o /app
        echo heredoc-ran > /app/heredoc.txt
        EOF

        FROM {AspNet}
        WORKDIR /app
        COPY --from=build /app .
        ENTRYPOINT ["dotnet", "WebApi.dll"]
        """;

    /// <summary>COPY --link --chmod into the final stage (syntax 1.4 and 1.2).</summary>
    private static readonly string LinkChmodDockerfile = $"""
        FROM {Sdk} AS build
        WORKDIR /src
        COPY . .
        RUN dotnet publish src/WebApi/WebApi.csproj -c Release -o /app

        FROM {AspNet}
        WORKDIR /app
        COPY --link --chmod=0555 --from=build /app .
        ENTRYPOINT ["dotnet", "WebApi.dll"]
        """;

    [TestMethod]
    public void A_docker_init_style_dockerfile_builds_and_runs()
    {
        DockerEngine.Require();
        var workspace = Prepare("buildkit-init", $"""
            # Written the way docker init writes it for ASP.NET Core.
            FROM --platform=$BUILDPLATFORM {Sdk} AS build
            WORKDIR /source
            ARG TARGETARCH
            RUN --mount=type=bind,source=.,target=/source,rw \
                --mount=type=cache,id=nuget,target=/root/.nuget/packages \
                dotnet publish src/WebApi/WebApi.csproj -a $TARGETARCH --self-contained false -o /app

            FROM {AspNet} AS final
            WORKDIR /app
            COPY --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["dotnet", "WebApi.dll"]
            """);
        var result = Publish(workspace, "buildkit-init");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertBuiltByBuildKit("buildkit-init:latest");
        var (status, body) = workspace.RunAndRequest(8080, "/");
        Assert.AreEqual(System.Net.HttpStatusCode.OK, status);
        StringAssert.Contains(body, "Hello from a distroless container");
    }

    [TestMethod]
    public void A_heredoc_run_builds_or_is_a_coded_error_at_its_line_on_an_older_frontend()
    {
        DockerEngine.Require();
        var workspace = Prepare("buildkit-heredoc", HeredocDockerfile);
        AssertBuildsOrRefusedAt(workspace, "buildkit-heredoc", 5);
    }

    [TestMethod]
    public void Copy_link_chmod_builds_or_is_a_coded_error_at_its_line_on_an_older_frontend()
    {
        DockerEngine.Require();
        var workspace = Prepare("buildkit-link", LinkChmodDockerfile);
        AssertBuildsOrRefusedAt(workspace, "buildkit-link", 8);
    }

    [TestMethod]
    public void A_heredoc_run_builds_and_runs_on_docker_26()
    {
        var tag = PublishOnDocker26("buildkit-heredoc-26", HeredocDockerfile);
        var copied = CopyOut(tag, "/app/heredoc.txt");
        Assert.AreEqual("heredoc-ran", File.ReadAllText(copied).Trim(), "the heredoc's second command ran");
        AssertAnswersOnDocker26(tag);
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Copy_link_chmod_builds_and_runs_on_docker_26()
    {
        var tag = PublishOnDocker26("buildkit-link-26", LinkChmodDockerfile);
        var copied = CopyOut(tag, "/app/WebApi.dll");
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
            File.GetUnixFileMode(copied), "--chmod=0555 set the copied files' mode");
        AssertAnswersOnDocker26(tag);
    }

    [TestMethod]
    public void A_failing_run_is_CTZ3002_at_its_line_with_its_output_and_tags_nothing()
    {
        DockerEngine.Require();
        var workspace = Prepare("buildkit-fail", $"""
            FROM {Sdk}
            WORKDIR /src
            RUN --mount=type=cache,target=/tmp/cache echo preparing && echo "the-command-said-this" >&2 && exit 7
            """);
        var result = Publish(workspace, "buildkit-fail");
        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "Dockerfile(3,1): error CTZ3002", result.ToString());
        StringAssert.Contains(result.Output, "the-command-said-this");
        StringAssert.Contains(result.Output, "exit code: 7");
        Assert.AreNotEqual(0, DockerEngine.Docker("image inspect bk-fail:latest").ExitCode, "a failed build tags nothing");
    }

    [TestMethod]
    public void The_layer_report_of_a_buildkit_image_maps_every_layer_to_its_line()
    {
        DockerEngine.Require();
        var workspace = Prepare("buildkit-report", null);
        var result = Publish(workspace, "buildkit-report");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertBuiltByBuildKit("buildkit-report:latest");
        var report = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "obj"), "containerize-image.json", SearchOption.AllDirectories).Single();
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var dockerfile = File.ReadAllLines(workspace.DockerfilePath);
        var ours = json.RootElement.GetProperty("layers").EnumerateArray().Where(l => !l.GetProperty("baseImage").GetBoolean()).ToList();
        Assert.IsNotEmpty(ours);
        foreach (var layer in ours)
        {
            Assert.AreEqual(JsonValueKind.Number, layer.GetProperty("line").ValueKind, layer.ToString());
            var line = dockerfile[layer.GetProperty("line").GetInt32() - 1];
            var createdBy = layer.GetProperty("createdBy").GetString()!;
            var keyword = line.Split(' ')[0];
            StringAssert.StartsWith(createdBy, keyword, $"line {layer.GetProperty("line").GetInt32()} '{line}' vs history '{createdBy}'");
        }

        DockerEngine.Docker("image rm -f bk-report:latest");
    }

    // BuildKit marks the history entries of the layers it makes ("COPY … # buildkit"); the classic builder does not.
    private static void AssertBuiltByBuildKit(string tag) => AssertBuiltByBuildKit(tag, (arguments, timeout) => DockerEngine.Docker(arguments, timeout));

    private static void AssertBuiltByBuildKit(string tag, Func<string, TimeSpan?, ProcessResult> docker)
    {
        var history = docker($"history --no-trunc --format \"{{{{.CreatedBy}}}}\" {tag}", null);
        Assert.AreEqual(0, history.ExitCode, history.ToString());
        StringAssert.Contains(history.Output, "# buildkit", history.Output);
    }

    private static void AssertBuildsOrRefusedAt(SampleWorkspace workspace, string repository, int line)
    {
        var result = Publish(workspace, repository);
        var version = DockerEngine.Docker("version --format {{.Server.Version}}").Output.Trim();
        var major = int.TryParse(version.Split('.')[0], out var m) ? m : 0;
        if (major >= 23)
        {
            // Docker 23 and later build Dockerfile syntax 1.4 and later with the built-in frontend.
            Assert.AreEqual(0, result.ExitCode, result.ToString());
            DockerEngine.Docker($"image rm -f {repository}:latest");
            return;
        }

        // Docker 20.10's built-in frontend predates the syntax: one coded error at the line, with the way out.
        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, $"Dockerfile({line},1): error CTZ3004", result.ToString());
        StringAssert.Contains(result.Output, "# syntax=docker/dockerfile:1");
        Assert.DoesNotContain("MSB4018", result.Output);
    }

    // dotnet publish -p:ContainerizeImage=true of the web sample with this Dockerfile, DOCKER_HOST at Docker 26: the tag.
    private static string PublishOnDocker26(string name, string dockerfile)
    {
        Docker26Engine.Require();
        var workspace = Prepare(name, dockerfile);
        var result = Publish(workspace, name, Docker26Engine.DockerHost);
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertBuiltByBuildKit(name + ":latest", Docker26Engine.Docker);
        return name + ":latest";
    }

    // Copies one file out of an image on Docker 26 into a fresh host folder (docker cp keeps the file's mode).
    private static string CopyOut(string tag, string pathInImage)
    {
        var name = "buildkit-e2e-copy-" + Guid.NewGuid().ToString("N");
        var folder = Directory.CreateTempSubdirectory("buildkit-e2e-copy").FullName;
        var create = Docker26Engine.Docker($"create --name {name} {tag}");
        Assert.AreEqual(0, create.ExitCode, create.ToString());
        try
        {
            var copy = Docker26Engine.Docker($"cp {name}:{pathInImage} {folder}/");
            Assert.AreEqual(0, copy.ExitCode, $"{pathInImage} is not in {tag}:\n{copy}");
            return Path.Combine(folder, Path.GetFileName(pathInImage));
        }
        finally
        {
            Docker26Engine.Docker($"rm -f {name}");
        }
    }

    // Runs the image on Docker 26 with port 8080 on a free loopback port and expects the sample's greeting within 60 s.
    private static void AssertAnswersOnDocker26(string tag)
    {
        var name = "buildkit-e2e-run-" + Guid.NewGuid().ToString("N");
        var run = Docker26Engine.Docker($"run -d --name {name} -p 127.0.0.1::8080 {tag}");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        try
        {
            var port = int.Parse(Docker26Engine.Docker($"port {name} 8080/tcp").Output.Trim().Split('\n')[0].Split(':').Last());
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    var body = http.GetStringAsync($"http://127.0.0.1:{port}/").GetAwaiter().GetResult();
                    StringAssert.Contains(body, "Hello from a distroless container");
                    return;
                }
                catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(250);
                }
            }
        }
        finally
        {
            Console.WriteLine(Docker26Engine.Docker($"logs {name}").All);
            Docker26Engine.Docker($"rm -f {name}");
        }
    }

    private static SampleWorkspace Prepare(string name, string? dockerfile)
    {
        // A folder of this branch's own (other suites prepare samples/webapi under their own names at the same time).
        SdkPackage.Ensure();
        var root = Path.Combine(Path.GetTempPath(), "buildkit-e2e", name);
        var prepared = ProcessRunner.Run("bash", $"build/prepare-sample.sh webapi {root}");
        Assert.AreEqual(0, prepared.ExitCode, prepared.ToString());
        var workspace = SampleWorkspace.At(name, root, "src/WebApi/WebApi.csproj");
        workspace.ImageTag = name + ":latest";
        if (dockerfile is not null)
        {
            File.WriteAllText(workspace.DockerfilePath, dockerfile.Replace("\r\n", "\n") + "\n");
        }

        return workspace;
    }

    private static ProcessResult Publish(SampleWorkspace workspace, string repository, string? dockerHost = null) =>
        workspace.Dotnet("publish", dockerHost is null ? null : new Dictionary<string, string> { ["DOCKER_HOST"] = dockerHost }, "ContainerizeImage=true", "ContainerizeBuilder=buildkit", "ContainerRepository=" + repository, "ContainerImageTags=latest");
}
