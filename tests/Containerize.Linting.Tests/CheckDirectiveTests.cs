using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests;

/// <summary>BuildKit's '# check=' directive, honoured like the hadolint pragmas; and unreadable pragmas reported (CTZ0013, CTZ0015).</summary>
[TestClass]
public sealed class CheckDirectiveTests
{
    private const string Body = "FROM alpine AS Build\nWORKDIR app\nMAINTAINER me\nUSER 1000\n";

    private static List<string> Codes(string text) =>
        Linter.Syntax(Dockerfile.Parse(text)).Concat(Linter.Lint(text)).Select(f => f.Id + "@" + f.Range.Start.Line + ":" + f.Severity).ToList();

    [TestMethod]
    public void Without_a_directive_the_mapped_checks_report()
    {
        var codes = Codes(Body);
        CollectionAssert.Contains(codes, "CTZ1502@1:Info");
        CollectionAssert.Contains(codes, "CTZ1104@2:Warning");
        CollectionAssert.Contains(codes, "CTZ1503@3:Info");
    }

    [TestMethod]
    public void Skip_drops_the_named_checks_only()
    {
        var codes = Codes("# check=skip=StageNameCasing,WorkdirRelativePath\n" + Body);
        CollectionAssert.DoesNotContain(codes, "CTZ1502@2:Info");
        CollectionAssert.DoesNotContain(codes, "CTZ1104@3:Warning");
        CollectionAssert.Contains(codes, "CTZ1503@4:Info");
    }

    [TestMethod]
    public void Skip_all_drops_every_buildkit_check_but_not_our_other_rules()
    {
        var codes = Codes("# check=skip=all\nFROM alpine AS Build\nWORKDIR app\nRUN curl -fsSL https://get.example.com | sh\nUSER 1000\n");
        Assert.IsFalse(codes.Any(c => c.StartsWith("CTZ1502") || c.StartsWith("CTZ1104")), string.Join(", ", codes));
        CollectionAssert.Contains(codes, "CTZ1304@4:Warning", "CTZ1304 is not a BuildKit check");
    }

    [TestMethod]
    public void Error_true_raises_mapped_checks_to_errors()
    {
        var codes = Codes("# check=error=true\nFROM alpine\nWORKDIR app\nRUN curl -fsSL https://get.example.com | sh\nUSER 1000\n");
        CollectionAssert.Contains(codes, "CTZ1104@3:Error");
        CollectionAssert.Contains(codes, "CTZ1304@4:Warning", "only BuildKit's checks are raised");
    }

    [TestMethod]
    public void Skip_and_error_combine_as_in_buildkit()
    {
        var codes = Codes("#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n");
        CollectionAssert.Contains(codes, "CTZ1501@2:Error", "FromAsCasing is not skipped and is raised");
        Assert.HasCount(1, codes.Where(c => c.StartsWith("CTZ1501")).ToList(), string.Join(", ", codes));
    }

    [TestMethod]
    public void The_syntax_check_NoEmptyContinuation_follows_the_directive()
    {
        const string text = "FROM alpine\nCOPY a \\\n\nb /\nUSER 1000\n";
        CollectionAssert.Contains(Codes(text), "CTZ0009@2:Warning");
        CollectionAssert.DoesNotContain(Codes("# check=skip=NoEmptyContinuation\n" + text).Select(c => c.Split('@')[0]).ToList(), "CTZ0009");
        CollectionAssert.Contains(Codes("# check=error=true\n" + text), "CTZ0009@3:Error");
    }

    [TestMethod]
    public void Experimental_turns_on_the_experimental_check_and_wins_over_skip()
    {
        const string text = "# Build the app\nARG VERSION=1\nFROM alpine\nUSER 1000\n";
        Assert.IsFalse(Codes(text).Any(c => c.StartsWith("CTZ1506")));
        CollectionAssert.Contains(Codes("# check=experimental=InvalidDefinitionDescription\n" + text), "CTZ1506@3:Info");
        CollectionAssert.Contains(Codes("# check=skip=all;experimental=InvalidDefinitionDescription\n" + text), "CTZ1506@3:Info");
    }

    [TestMethod]
    [DataRow("# check=skip=StageNameCasng\nFROM alpine\n", "StageNameCasng")]
    [DataRow("# check=error=yes\nFROM alpine\n", "error=yes")]
    [DataRow("# check=fail=true\nFROM alpine\n", "fail=true")]
    public void An_unreadable_directive_part_is_CTZ0015(string text, string part)
    {
        var problem = Linter.Lint(text).Single(f => f.Id == "CTZ0015");
        StringAssert.StartsWith(problem.Message, $"The '# check=' directive has '{part}'");
        Assert.AreEqual(1, problem.Range.Start.Line);
    }

    [TestMethod]
    [DataRow("FROM alpine\n# hadolint ignore=crazy,DL3002\nUSER root\n", "'crazy' is not a rule code")]
    [DataRow("FROM alpine\n# containerize ignore CTZ1301\nUSER root\n", "write 'ignore=' followed by the codes")]
    [DataRow("FROM alpine\n# hadolint ignore=\nUSER root\n", "it names no code")]
    public void An_unreadable_pragma_is_CTZ0013_and_suppresses_nothing(string text, string why)
    {
        var findings = Linter.Lint(text);
        var problem = findings.Single(f => f.Id == "CTZ0013");
        StringAssert.Contains(problem.Message, why);
        Assert.AreEqual(2, problem.Range.Start.Line);
    }
}
