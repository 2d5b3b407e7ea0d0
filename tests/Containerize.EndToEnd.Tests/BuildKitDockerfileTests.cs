using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// User-owned Dockerfiles that need BuildKit, built by <c>dotnet publish -p:ContainerizeImage=true</c> through the
/// Engine API: the way <c>docker init</c> writes one for ASP.NET Core (bind and cache mounts, --platform=$BUILDPLATFORM,
/// -a $TARGETARCH), a heredoc RUN, COPY --link --chmod; a failing RUN; the layer report of a BuildKit-built image.
/// </summary>
[TestClass]
public sealed class BuildKitDockerfileTests
{
    private const string Sdk = DockerEngine.Registry + "/sdk:10.0";
    private const string AspNet = DockerEngine.Registry + "/aspnet:10.0-noble-chiseled";

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
        var workspace = Prepare("buildkit-heredoc", $"""
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
            """);
        AssertBuildsOrRefusedAt(workspace, "buildkit-heredoc", 5);
    }

    [TestMethod]
    public void Copy_link_chmod_builds_or_is_a_coded_error_at_its_line_on_an_older_frontend()
    {
        DockerEngine.Require();
        var workspace = Prepare("buildkit-link", $"""
            FROM {Sdk} AS build
            WORKDIR /src
            COPY . .
            RUN dotnet publish src/WebApi/WebApi.csproj -c Release -o /app

            FROM {AspNet}
            WORKDIR /app
            COPY --link --chmod=0555 --from=build /app .
            ENTRYPOINT ["dotnet", "WebApi.dll"]
            """);
        AssertBuildsOrRefusedAt(workspace, "buildkit-link", 8);
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
    private static void AssertBuiltByBuildKit(string tag)
    {
        var history = DockerEngine.Docker($"history --no-trunc --format \"{{{{.CreatedBy}}}}\" {tag}");
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

    private static ProcessResult Publish(SampleWorkspace workspace, string repository) =>
        workspace.Dotnet("publish", null, "ContainerizeImage=true", "ContainerizeBuilder=buildkit", "ContainerRepository=" + repository, "ContainerImageTags=latest");
}
