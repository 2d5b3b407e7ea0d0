namespace Containerize.Linting.Tests;

[TestClass]
public sealed class SuppressionTests
{
    [TestMethod]
    [DataRow("containerize ignore=CTZ1201", false, new[] { "CTZ1201" })]
    [DataRow("containerize ignore=CTZ1201,CTZ1202", false, new[] { "CTZ1201", "CTZ1202" })]
    [DataRow("containerize global ignore = CTZ1201 , CTZ1202", true, new[] { "CTZ1201", "CTZ1202" })]
    [DataRow("hadolint ignore=DL3009 # because", false, new[] { "DL3009" })]
    [DataRow("hadolint global ignore=DL3002", true, new[] { "DL3002" })]
    public void Pragmas_are_read(string comment, bool global, string[] codes)
    {
        Assert.IsTrue(Suppressions.TryParse(comment, out var isGlobal, out var parsed));
        Assert.AreEqual(global, isGlobal);
        CollectionAssert.AreEqual(codes, parsed.ToArray());
    }

    [TestMethod]
    [DataRow("hadolint ignore=crazy,DL3002")]
    [DataRow("containerize ignore")]
    [DataRow("just a comment about hadolint")]
    public void Malformed_pragmas_are_not_pragmas(string comment) =>
        Assert.IsFalse(Suppressions.TryParse(comment, out _, out _));

    [TestMethod]
    public void A_pragma_suppresses_only_the_next_instruction()
    {
        var findings = Linter.Lint("FROM ubuntu\n# containerize ignore=CTZ1102\nFROM debian\nFROM alpine\nUSER 1000\n", new LintOptions { Only = new[] { "CTZ1102" } });
        CollectionAssert.AreEqual(new[] { 1, 4 }, findings.Select(f => f.Range.Start.Line).ToArray());
    }
}
