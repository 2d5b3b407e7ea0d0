using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>Build args, target stage, size thresholds and a missing base image, through the real engine.</summary>
[TestClass]
public sealed class ImageOptionsTests
{
    [TestMethod]
    public void Build_args_target_stage_and_size_thresholds()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        Directory.CreateDirectory(Path.Combine(workspace.Root, "data"));
        File.WriteAllBytes(Path.Combine(workspace.Root, "data", "big.bin"), new byte[3_000_000]);
        File.WriteAllText(workspace.DockerfilePath,
            "FROM localhost:5000/dotnet/runtime-deps:10.0-noble-chiseled AS first\nARG FLAVOR=plain\nLABEL flavor=$FLAVOR\nCOPY data/big.bin /data/big.bin\nUSER 1654\n" +
            "FROM first AS second\nLABEL stage=second\n");
        var project = $"\"{workspace.ProjectPath}\"";
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "Directory.Build.targets"),
            "<Project><ItemGroup><ContainerizeBuildArg Include=\"FLAVOR\" Value=\"spicy\" /></ItemGroup></Project>");
        var result = ProcessRunner.Run("dotnet", $"build {project} -nologo -t:ContainerizeImage -p:ContainerRepository=options-test -p:ContainerizeTarget=first -p:ContainerizeMaxLayerSize=1000000 -p:ContainerizeMaxImageSize=5000000", workspace.Root, null, TimeSpan.FromMinutes(5));
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Dockerfile(4,1): warning CTZ4001", "the 3 MB COPY is over the 1 MB limit");
        StringAssert.Contains(result.Output, "warning CTZ4004", "the image is over 5 MB");
        var labels = DockerEngine.Docker("image inspect -f \"{{json .Config.Labels}}\" options-test:latest").Output;
        StringAssert.Contains(labels, "\"flavor\":\"spicy\"", "the build arg reached the build");
        Assert.DoesNotContain("stage", labels, "only the target stage was built");
    }

    [TestMethod]
    public void A_missing_base_image_is_a_coded_error_at_its_from()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        File.WriteAllText(workspace.DockerfilePath, "# a base image that does not exist\nFROM localhost:5000/dotnet/does-not-exist:10.0\nUSER 1654\n");
        var result = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -t:ContainerizeImage -p:ContainerRepository=missing-base", workspace.Root, null, TimeSpan.FromMinutes(5));
        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "Dockerfile(2,1): error CTZ3003", result.ToString());
        StringAssert.Contains(result.Output, "does-not-exist");
        Assert.DoesNotContain("MSB4018", result.Output);
    }
}
