namespace Containerize.Dockerfiles.Tests;

[TestClass]
public sealed class WriterTests
{
    [TestMethod]
    public void Builder_output_parses_back_to_what_was_built()
    {
        var dockerfile = new DockerfileBuilder()
            .Directive("syntax", "docker/dockerfile:1")
            .Comment("generated")
            .From("mcr.microsoft.com/dotnet/sdk:10.0", "build", platform: "$BUILDPLATFORM")
            .Run("dotnet restore \"My App.csproj\"", "mount=type=cache,target=/root/.nuget/packages")
            .Copy(new[] { "My App/", "lib" }, "/src/", chown: "app user")
            .BlankLine()
            .From("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled")
            .Env("GREETING", "hello \"world\" $HOME")
            .Label(new[] { new KeyValuePair<string, string>("org.opencontainers.image.title", "My App") })
            .User("$APP_UID")
            .Entrypoint("dotnet", "My App.dll")
            .Build();

        Assert.IsFalse(dockerfile.HasErrors, string.Join("\n", dockerfile.Diagnostics));
        Assert.AreEqual("docker/dockerfile:1", dockerfile.GetDirective("syntax"));
        var run = (RunInstruction)dockerfile.Instructions[1];
        Assert.AreEqual("/root/.nuget/packages", run.Mounts.Single().Target);
        var copy = (CopyInstruction)dockerfile.Instructions[2];
        Assert.IsTrue(copy.IsJsonForm, "a path with a space forces the JSON form");
        Assert.AreEqual("app user", copy.Chown);
        CollectionAssert.AreEqual(new[] { "My App/", "lib" }, copy.Sources.Select(s => s.Value).ToList());
        var env = (EnvInstruction)dockerfile.Instructions[4];
        Assert.AreEqual("hello \"world\" $HOME", env.Pairs.Single().Value);
        var label = (LabelInstruction)dockerfile.Instructions[5];
        Assert.AreEqual("My App", label.Pairs.Single().Value);
        CollectionAssert.AreEqual(new[] { "dotnet", "My App.dll" }, ((EntrypointInstruction)dockerfile.Instructions[7]).CommandArguments.ToList());
    }

    [TestMethod]
    public void Writer_round_trips_escape_directive_heredocs_and_dash_dash()
    {
        var original = Dockerfile.Parse("# escape=`\nFROM x\nRUN echo a `\n  b\nCOPY -- --weird /x\nRUN <<-EOF\n\techo\n\tEOF\nCOPY --chown=\"a b\" c d\n");
        var text = DockerfileWriter.Write(original);
        var reparsed = Dockerfile.Parse(text);
        ModelAssert.SameInstructions(original, reparsed);
        StringAssert.StartsWith(text, "# escape=`\n");
    }

    [TestMethod]
    public void Leading_comment_that_looks_like_a_directive_stays_a_comment()
    {
        var original = Dockerfile.Parse("\n# escape=`\nFROM x\nRUN a \\\nb\n");
        var reparsed = Dockerfile.Parse(DockerfileWriter.Write(original));
        Assert.AreEqual('\\', reparsed.EscapeToken);
        ModelAssert.SameInstructions(original, reparsed);
    }
}
