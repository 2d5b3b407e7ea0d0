namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1506: description comments (experimental, opt-in). Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1506Tests
{
    private const string Id = "CTZ1506";

    [TestMethod]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\n[|ARG|] foo=bar\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# BasE this is the BasE image\n[|FROM|] scratch AS base\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# definitely a bad comment\n[|ARG|] foo=baz bar=qux\n")]
    [DataRow("# check=experimental=all\n# The .NET version\n[|ARG|] DOTNET_VERSION=10.0\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\nFROM alpine AS base\n# compile the app\n[|FROM|] base AS build\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# the version\n[|ARG|] version=1\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n")]
    [DataRow("# bar this is the bar\nARG foo=bar\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n#\nARG bit=bat\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# comment for something other than ARG or FROM\nFROM alpine\nCOPY a /a\n")]
    [DataRow("# check=experimental=InvalidDefinitionDescription\n# a heading\n\nARG foo=bar\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("# check=experimental=InvalidDefinitionDescription\n# The version\nARG VERSION=1\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("The comment above this ARG does not start with the name it describes: write '# VERSION <description>', or leave an empty line between them if it is not a description.", findings[0].Message);
    }
}
