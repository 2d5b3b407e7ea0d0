using Containerize.Dockerfiles;

namespace Containerize.Generation.Tests;

[TestClass]
public sealed class DockerfileGeneratorTests
{
    private static ProjectFacts Web() => new()
    {
        ProjectFile = "src/Api/Api.csproj",
        AssemblyName = "Api",
        TargetFramework = "net10.0",
        IsWeb = true,
        InvariantGlobalization = true,
        RestoreFiles = new[] { "src/Api/Api.csproj", "lib/Lib/Lib.csproj", "Directory.Build.props", "NuGet.config", "global.json" },
        SourceDirectories = new[] { "src/Api", "lib/Lib" },
        Version = "1.0.0",
    };

    private static Dockerfile Generate(ProjectFacts facts)
    {
        var result = DockerfileGenerator.Generate(facts);
        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics));
        var dockerfile = Dockerfile.Parse(result.Dockerfile!);
        Assert.IsEmpty(dockerfile.Diagnostics, string.Join("\n", dockerfile.Diagnostics));
        return dockerfile;
    }

    [TestMethod]
    [DataRow(true, false, false, true, "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", "mcr.microsoft.com/dotnet/sdk:10.0")]
    [DataRow(true, false, false, false, "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", "mcr.microsoft.com/dotnet/sdk:10.0")]
    [DataRow(false, false, false, true, "mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled", "mcr.microsoft.com/dotnet/sdk:10.0")]
    [DataRow(false, true, false, true, "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", "mcr.microsoft.com/dotnet/sdk:10.0")]
    [DataRow(true, true, false, false, "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra", "mcr.microsoft.com/dotnet/sdk:10.0")]
    [DataRow(false, false, true, true, "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", "mcr.microsoft.com/dotnet/sdk:10.0-noble-aot")]
    public void Images_follow_the_project(bool web, bool selfContained, bool aot, bool invariant, string runtime, string sdk)
    {
        var facts = Web();
        facts.IsWeb = web;
        facts.SelfContained = selfContained;
        facts.PublishAot = aot;
        facts.InvariantGlobalization = invariant;
        var stages = Generate(facts).Stages;
        Assert.AreEqual(sdk, stages.Stages[0].BaseImage);
        Assert.AreEqual(runtime, stages.Final!.BaseImage);
    }

    [TestMethod]
    public void Framework_dependent_runs_dotnet_and_self_contained_runs_the_apphost()
    {
        var entry = (EntrypointInstruction)Generate(Web()).Instructions.Last(i => i.Kind == InstructionKind.Entrypoint);
        Assert.IsTrue(entry.IsExecForm);
        CollectionAssert.AreEqual(new[] { "dotnet", "Api.dll" }, entry.CommandArguments.ToList());

        var facts = Web();
        facts.PublishAot = true;
        var aot = Generate(facts);
        var aotEntry = (EntrypointInstruction)aot.Instructions.Last(i => i.Kind == InstructionKind.Entrypoint);
        CollectionAssert.AreEqual(new[] { "./Api" }, aotEntry.CommandArguments.ToList());
        StringAssert.Contains(aot.Text, "dotnet restore src/Api/Api.csproj -r linux-x64");
        StringAssert.Contains(aot.Text, "-r linux-x64 --self-contained true");
    }

    [TestMethod]
    public void Restore_comes_from_project_files_before_any_source()
    {
        var dockerfile = Generate(Web());
        var build = dockerfile.Stages.Stages[0].Instructions.ToList();
        var restore = build.FindIndex(i => i is RunInstruction r && r.CommandText.StartsWith("dotnet restore", StringComparison.Ordinal));
        var firstSource = build.FindIndex(i => i is CopyInstruction c && c.Sources.Any(s => s.Value.EndsWith('/')) && !c.Sources.Any(s => s.Value.EndsWith(".csproj", StringComparison.Ordinal)) && i.ArgumentText.Contains("src/Api/ src/Api/"));
        Assert.IsGreaterThan(0, restore);
        Assert.IsGreaterThan(restore, firstSource, "sources are copied after restore");
        var beforeRestore = build.Take(restore).OfType<CopyInstruction>().SelectMany(c => c.Sources).Select(s => s.Value).ToList();
        CollectionAssert.IsSubsetOf(new[] { "src/Api/Api.csproj", "lib/Lib/Lib.csproj", "Directory.Build.props", "NuGet.config", "global.json" }, beforeRestore);
    }

    [TestMethod]
    public void Final_stage_is_distroless_friendly()
    {
        var final = Generate(Web()).Stages.Final!;
        Assert.IsFalse(final.Instructions.OfType<RunInstruction>().Any(), "no RUN: there is no shell");
        Assert.AreEqual("$APP_UID", final.Instructions.OfType<UserInstruction>().Single().Value);
        Assert.AreEqual("/app", final.Instructions.OfType<WorkdirInstruction>().Single().Value);
        var copies = final.Instructions.OfType<CopyInstruction>().ToList();
        Assert.HasCount(2, copies, "dependencies layer, then app layer");
        StringAssert.Contains(copies[0].Sources[0].Value, "dependencies");
        StringAssert.Contains(copies[1].Sources[0].Value, "app");
        Assert.IsTrue(copies.All(c => c.From == "build"));
    }

    [TestMethod]
    public void Same_facts_give_identical_text_whatever_the_order_of_inputs()
    {
        var a = DockerfileGenerator.Generate(Web()).Dockerfile;
        var shuffled = Web();
        shuffled.RestoreFiles = shuffled.RestoreFiles.Reverse().ToArray();
        shuffled.SourceDirectories = shuffled.SourceDirectories.Reverse().ToArray();
        Assert.AreEqual(a, DockerfileGenerator.Generate(shuffled).Dockerfile);
    }

    [TestMethod]
    public void Ports_environment_labels_and_user_carry_over_from_microsoft_properties()
    {
        var facts = Web();
        facts.Ports = new[] { "5000", "5001/udp" };
        facts.EnvironmentVariables = new[] { new KeyValuePair<string, string>("FEATURE_X", "on and off") };
        facts.Labels = new[] { new KeyValuePair<string, string>("team", "payments") };
        facts.User = "1001";
        facts.RepositoryUrl = "https://example.com/repo";
        var final = Generate(facts).Stages.Final!;
        CollectionAssert.AreEqual(new[] { "5000", "5001/udp" }, final.Instructions.OfType<ExposeInstruction>().Single().Ports.Select(p => p.Value).ToList());
        var env = final.Instructions.OfType<EnvInstruction>().Single().Pairs.ToDictionary(p => p.Key, p => p.Value);
        Assert.AreEqual("5000", env["ASPNETCORE_HTTP_PORTS"], "the app must listen where the port is exposed");
        Assert.AreEqual("on and off", env["FEATURE_X"]);
        var labels = final.Instructions.OfType<LabelInstruction>().Single().Pairs.ToDictionary(p => p.Key, p => p.Value);
        Assert.AreEqual("payments", labels["team"]);
        Assert.AreEqual("Api", labels["org.opencontainers.image.title"]);
        Assert.AreEqual("https://example.com/repo", labels["org.opencontainers.image.source"]);
        Assert.AreEqual("1001", final.Instructions.OfType<UserInstruction>().Single().Value);
    }

    [TestMethod]
    public void Registry_and_image_overrides()
    {
        var facts = Web();
        facts.ImageRegistry = "localhost:5000/dotnet/";
        Assert.AreEqual("localhost:5000/dotnet/aspnet:10.0-noble-chiseled", Generate(facts).Stages.Final!.BaseImage);
        facts.BaseImage = "registry.example/base:1";
        facts.SdkImage = "registry.example/sdk:1";
        var stages = Generate(facts).Stages;
        Assert.AreEqual("registry.example/base:1", stages.Final!.BaseImage);
        Assert.AreEqual("registry.example/sdk:1", stages.Stages[0].BaseImage);
    }

    [TestMethod]
    public void BuildKit_adds_cache_mounts_and_platform_without_a_syntax_line()
    {
        var facts = Web();
        facts.BuildKit = true;
        facts.SelfContained = true;
        var dockerfile = Generate(facts);
        Assert.IsNull(dockerfile.GetDirective("syntax"), "the engine's built-in frontend must do: a syntax line needs a registry");
        Assert.IsFalse(dockerfile.Instructions.OfType<CopyInstruction>().Any(c => c.Link), "the built-in frontend of Docker 20.10 refuses --link");
        Assert.IsFalse(dockerfile.Instructions.OfType<RunInstruction>().Any(r => r.Mounts.Any(m => m.Type == "secret")), "no NuGet credentials, no secret mount");
        Assert.AreEqual("$BUILDPLATFORM", dockerfile.Stages.Stages[0].From.Platform);
        var runs = dockerfile.Stages.Stages[0].Instructions.OfType<RunInstruction>().ToList();
        Assert.IsTrue(runs.All(r => r.Mounts.Any(m => m.Type == "cache" && m.Target == "/root/.nuget/packages")));
        StringAssert.Contains(runs[0].CommandText, "-a $TARGETARCH");
    }

    [TestMethod]
    public void BuildKit_mounts_the_NuGet_credentials_secret_on_restore_only()
    {
        var facts = Web();
        facts.BuildKit = true;
        facts.NuGetSecret = true;
        var runs = Generate(facts).Stages.Stages[0].Instructions.OfType<RunInstruction>().ToList();
        var secret = runs[0].Mounts.Single(m => m.Type == "secret");
        Assert.AreEqual(DockerfileGenerator.NuGetConfigSecretTarget, secret.Target);
        StringAssert.Contains(runs[0].CommandText, "dotnet restore");
        Assert.IsFalse(runs.Skip(1).Any(r => r.Mounts.Any(m => m.Type == "secret")), "publish runs --no-restore: no credentials there");
        facts.BuildKit = false;
        Assert.IsFalse(Generate(facts).Instructions.OfType<RunInstruction>().Any(r => r.Mounts.Count > 0), "the classic form has no mounts");
    }

    [TestMethod]
    public void A_syntax_line_is_written_when_asked_and_then_copies_link()
    {
        var facts = Web();
        facts.BuildKit = true;
        facts.DockerfileSyntax = "docker/dockerfile:1";
        var dockerfile = Generate(facts);
        Assert.AreEqual("docker/dockerfile:1", dockerfile.GetDirective("syntax"));
        Assert.IsTrue(dockerfile.Instructions.OfType<CopyInstruction>().All(c => c.Link));
        Assert.IsFalse(Generate(Web()).Instructions.OfType<CopyInstruction>().Any(c => c.Link), "off by default: the classic builder has no --link");
    }

    [TestMethod]
    public void Multi_targeted_project_needs_a_choice()
    {
        var facts = Web();
        facts.TargetFramework = string.Empty;
        facts.TargetFrameworks = new[] { "net8.0", "net10.0" };
        var result = DockerfileGenerator.Generate(facts);
        Assert.IsFalse(result.Succeeded);
        var error = result.Diagnostics.Single();
        Assert.AreEqual(GenerationDiagnosticIds.MultiTargetingWithoutChoice, error.Id);
        StringAssert.Contains(error.Message, "net8.0;net10.0");
        StringAssert.Contains(error.Message, "ContainerizeTargetFramework");

        facts.TargetFramework = "net8.0";
        var chosen = DockerfileGenerator.Generate(facts);
        StringAssert.Contains(chosen.Dockerfile!, "-f net8.0");
        StringAssert.Contains(chosen.Dockerfile!, "aspnet:8.0-noble-chiseled");
    }

    [TestMethod]
    [DataRow("net48")]
    [DataRow("netstandard2.0")]
    [DataRow("net6.0")]
    [DataRow("netcoreapp3.1")]
    public void Unknown_target_framework_is_a_coded_error_quoting_it(string tfm)
    {
        var facts = Web();
        facts.TargetFramework = tfm;
        var error = DockerfileGenerator.Generate(facts).Diagnostics.Single();
        Assert.AreEqual(GenerationDiagnosticIds.UnknownTargetFramework, error.Id);
        StringAssert.Contains(error.Message, $"'{tfm}'");
        StringAssert.Contains(error.Message, "ContainerizeBaseImage");
    }

    [TestMethod]
    public void Conflicting_base_images_are_a_coded_error()
    {
        var facts = Web();
        facts.BaseImage = "a:1";
        facts.MicrosoftBaseImage = "b:1";
        var error = DockerfileGenerator.Generate(facts).Diagnostics.Single();
        Assert.AreEqual(GenerationDiagnosticIds.ConflictingBaseImage, error.Id);
        StringAssert.Contains(error.Message, "'a:1'");
        StringAssert.Contains(error.Message, "'b:1'");
        facts.MicrosoftBaseImage = "a:1";
        Assert.IsTrue(DockerfileGenerator.Generate(facts).Succeeded, "the same image twice is no conflict");
    }

    [TestMethod]
    public void Windows_runtime_identifier_and_bad_ports_are_coded_errors()
    {
        var facts = Web();
        facts.SelfContained = true;
        facts.RuntimeIdentifier = "win-x64";
        Assert.AreEqual(GenerationDiagnosticIds.UnsupportedRuntimeIdentifier, DockerfileGenerator.Generate(facts).Diagnostics.Single().Id);
        var ports = Web();
        ports.Ports = new[] { "http" };
        Assert.AreEqual(GenerationDiagnosticIds.InvalidPort, DockerfileGenerator.Generate(ports).Diagnostics.Single().Id);
    }

    [TestMethod]
    public void Marker_is_recognised_and_user_files_are_not()
    {
        var text = DockerfileGenerator.Generate(Web()).Dockerfile!;
        Assert.IsTrue(GeneratedFiles.HasMarker(text));
        Assert.IsTrue(GeneratedFiles.HasMarker(DockerfileGenerator.GenerateDockerignore()));
        Assert.IsFalse(GeneratedFiles.HasMarker("FROM alpine\n# Generated by Containerize.Sdk\n"), "the marker belongs at the top");
        var buildKit = Web();
        buildKit.BuildKit = true;
        buildKit.DockerfileSyntax = "docker/dockerfile:1";
        Assert.IsTrue(GeneratedFiles.HasMarker(DockerfileGenerator.Generate(buildKit).Dockerfile!), "after a # syntax directive");
    }
}
