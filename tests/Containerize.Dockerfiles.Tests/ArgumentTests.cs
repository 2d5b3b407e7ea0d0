using Containerize.Diagnostics;
namespace Containerize.Dockerfiles.Tests;

[TestClass]
public sealed class ArgumentTests
{
    [TestMethod]
    public void From_with_platform_and_stage_name()
    {
        var from = (FromInstruction)Dockerfile.Parse("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS Build\n").Instructions[0];
        Assert.AreEqual("mcr.microsoft.com/dotnet/sdk:10.0", from.Image);
        Assert.AreEqual("Build", from.StageName);
        Assert.AreEqual("$BUILDPLATFORM", from.Platform);
    }

    [TestMethod]
    public void Run_mounts_network_and_security_are_typed()
    {
        var run = (RunInstruction)Dockerfile.Parse(
            "FROM alpine\nRUN --mount=type=cache,target=/root/.nuget/packages,sharing=locked --mount=type=secret,id=npmrc,target=/root/.npmrc --mount=from=build,source=/out,target=/in --network=none --security=insecure dotnet restore\n").Instructions[1];
        Assert.HasCount(3, run.Mounts);
        Assert.AreEqual("cache", run.Mounts[0].Type);
        Assert.AreEqual("/root/.nuget/packages", run.Mounts[0].Target);
        Assert.AreEqual("locked", run.Mounts[0].Get("sharing"));
        Assert.AreEqual("secret", run.Mounts[1].Type);
        Assert.AreEqual("npmrc", run.Mounts[1].Id);
        Assert.AreEqual("bind", run.Mounts[2].Type, "bind is the default mount type");
        Assert.AreEqual("build", run.Mounts[2].From);
        Assert.AreEqual("none", run.Network);
        Assert.AreEqual("insecure", run.Security);
        Assert.AreEqual("dotnet restore", run.CommandText);
        Assert.IsFalse(run.IsExecForm);
    }

    [TestMethod]
    public void Exec_form_is_json_and_keeps_elements()
    {
        var entrypoint = (EntrypointInstruction)Dockerfile.Parse("FROM x\nENTRYPOINT [\"dotnet\", \"App.dll\", \"--urls\", \"http://+:8080\"]\n").Instructions[1];
        Assert.IsTrue(entrypoint.IsExecForm);
        CollectionAssert.AreEqual(new[] { "dotnet", "App.dll", "--urls", "http://+:8080" }, entrypoint.CommandArguments.ToList());
    }

    [TestMethod]
    public void Invalid_json_falls_back_to_shell_form()
    {
        var cmd = (CmdInstruction)Dockerfile.Parse("FROM x\nCMD ['single', 'quotes']\n").Instructions[1];
        Assert.IsFalse(cmd.IsExecForm);
        Assert.AreEqual("['single', 'quotes']", cmd.CommandText);
    }

    [TestMethod]
    public void Json_with_non_string_elements_is_an_error_at_the_array()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nCMD [\"a\", 1]\n");
        var error = dockerfile.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCatalog.JsonNotStringArray.Id, error.Id);
        Assert.AreEqual(new SourcePosition(2, 5), error.Range.Start);
    }

    [TestMethod]
    public void Copy_flags_are_all_typed()
    {
        var copy = (CopyInstruction)Dockerfile.Parse(
            "FROM x\nCOPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=obj src/ lib/ /app/\n").Instructions[1];
        Assert.AreEqual("build", copy.From);
        Assert.AreEqual("app:app", copy.Chown);
        Assert.AreEqual("0755", copy.Chmod);
        Assert.IsTrue(copy.Link);
        Assert.IsTrue(copy.Parents);
        CollectionAssert.AreEqual(new[] { "*.md", "obj" }, copy.Excludes.ToList());
        CollectionAssert.AreEqual(new[] { "src/", "lib/" }, copy.Sources.Select(s => s.Value).ToList());
        Assert.AreEqual("/app/", copy.Destination);
    }

    [TestMethod]
    public void Add_flags_are_typed()
    {
        var add = (AddInstruction)Dockerfile.Parse(
            "FROM x\nADD --checksum=sha256:abc --keep-git-dir=true https://example.com/a.tgz /a/\n").Instructions[1];
        Assert.AreEqual("sha256:abc", add.Checksum);
        Assert.IsTrue(add.KeepGitDir);
        Assert.AreEqual("https://example.com/a.tgz", add.Sources[0].Value);
    }

    [TestMethod]
    public void Quoted_flag_values_lose_their_quotes()
    {
        var copy = (CopyInstruction)Dockerfile.Parse("FROM x\nCOPY --chown=\"my user\" a b\n").Instructions[1];
        Assert.AreEqual("my user", copy.Chown);
        Assert.AreEqual("copy [\"--chown=my user\"] \"a\" \"b\"", copy.Dump());
    }

    [TestMethod]
    public void Env_key_value_pairs_with_quotes_and_legacy_form()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nENV A=1 B=\"two words\" C='single $X'\nENV LEGACY some value here\n");
        var env = (EnvInstruction)dockerfile.Instructions[1];
        CollectionAssert.AreEqual(new[] { "A", "B", "C" }, env.Pairs.Select(p => p.Key).ToList());
        Assert.AreEqual("two words", env.Pairs[1].Value);
        Assert.AreEqual("\"two words\"", env.Pairs[1].RawValue);
        Assert.AreEqual("single $X", env.Pairs[2].Value);
        var legacy = (EnvInstruction)dockerfile.Instructions[2];
        Assert.IsTrue(legacy.Pairs.Single().IsLegacyForm);
        Assert.AreEqual("some value here", legacy.Pairs.Single().Value);
    }

    [TestMethod]
    public void Env_without_value_and_word_without_equals_are_errors()
    {
        Assert.AreEqual(DiagnosticCatalog.MissingArgument.Id, Dockerfile.Parse("FROM x\nENV PATH\n").Diagnostics.Single().Id);
        Assert.AreEqual(DiagnosticCatalog.MissingEquals.Id, Dockerfile.Parse("FROM x\nLABEL a=1 b\n").Diagnostics.Single().Id);
    }

    [TestMethod]
    public void Arg_declarations_with_and_without_defaults()
    {
        var arg = (ArgInstruction)Dockerfile.Parse("ARG A B=2 C=\"x y\"\nFROM x\n").Instructions[0];
        Assert.IsNull(arg.Declarations[0].DefaultValue);
        Assert.AreEqual("2", arg.Declarations[1].DefaultValue);
        Assert.AreEqual("x y", arg.Declarations[2].DefaultValue);
    }

    [TestMethod]
    public void Healthcheck_options_command_and_none()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD [\"curl\", \"-f\", \"http://localhost/\"]\nHEALTHCHECK NONE\n");
        var check = (HealthcheckInstruction)dockerfile.Instructions[1];
        Assert.AreEqual("30s", check.Interval);
        Assert.AreEqual("3s", check.Timeout);
        Assert.AreEqual("5s", check.StartPeriod);
        Assert.AreEqual("1s", check.StartInterval);
        Assert.AreEqual("3", check.Retries);
        Assert.IsTrue(check.IsExecForm);
        CollectionAssert.AreEqual(new[] { "curl", "-f", "http://localhost/" }, check.CommandArguments.ToList());
        Assert.IsTrue(((HealthcheckInstruction)dockerfile.Instructions[2]).IsNone);
    }

    [TestMethod]
    public void Onbuild_nests_a_typed_instruction()
    {
        var onbuild = (OnbuildInstruction)Dockerfile.Parse("FROM x\nONBUILD COPY --from=a . /src\n").Instructions[1];
        var copy = (CopyInstruction)onbuild.Trigger!;
        Assert.AreEqual("a", copy.From);
        Assert.AreEqual("onbuild (copy [\"--from=a\"] \".\" \"/src\")", onbuild.Dump());
    }

    [TestMethod]
    public void Single_value_instructions()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nUSER 1000:1000\nWORKDIR /app\nSTOPSIGNAL SIGTERM\nMAINTAINER Someone <a@b.c>\nEXPOSE 8080/tcp 8443\nVOLUME [\"/data\", \"/logs\"]\nSHELL [\"pwsh\", \"-c\"]\n");
        Assert.AreEqual("1000:1000", ((UserInstruction)dockerfile.Instructions[1]).Value);
        Assert.AreEqual("/app", ((WorkdirInstruction)dockerfile.Instructions[2]).Value);
        Assert.AreEqual("SIGTERM", ((StopSignalInstruction)dockerfile.Instructions[3]).Value);
        Assert.AreEqual("Someone <a@b.c>", ((MaintainerInstruction)dockerfile.Instructions[4]).Value);
        CollectionAssert.AreEqual(new[] { "8080/tcp", "8443" }, ((ExposeInstruction)dockerfile.Instructions[5]).Ports.Select(p => p.Value).ToList());
        CollectionAssert.AreEqual(new[] { "/data", "/logs" }, ((VolumeInstruction)dockerfile.Instructions[6]).Paths.Select(p => p.Value).ToList());
        Assert.IsTrue(((ShellInstruction)dockerfile.Instructions[7]).IsExecForm);
    }

    [TestMethod]
    public void Unknown_instruction_is_kept_with_a_warning()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nCOPPY a b\n");
        Assert.IsInstanceOfType<UnknownInstruction>(dockerfile.Instructions[1]);
        Assert.AreEqual("(invalid \"\")", "(" + dockerfile.Instructions[1].Dump().Replace("coppy", "invalid") + ")");
        var warning = dockerfile.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCatalog.UnknownInstruction.Id, warning.Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
        Assert.AreEqual(new SourcePosition(2, 1), warning.Range.Start);
    }

    [TestMethod]
    public void Unknown_flag_is_a_warning_at_the_flag()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nCOPY --form=build a b\n");
        var warning = dockerfile.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCatalog.UnknownFlag.Id, warning.Id);
        Assert.AreEqual(new SourcePosition(2, 6), warning.Range.Start);
        StringAssert.Contains(warning.Message, "--from");
    }
}
