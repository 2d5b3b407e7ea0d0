namespace Containerize.Dockerfiles.Tests;

[TestClass]
public sealed class VariableTests
{
    private static string Expand(string text, params (string Name, string Value)[] vars) =>
        ShellWords.Expand(text, n => vars.FirstOrDefault(v => v.Name == n).Value, out _, out _);

    [TestMethod]
    [DataRow("$a", "1")]
    [DataRow("${a}", "1")]
    [DataRow("${a}x", "1x")]
    [DataRow("${missing:-dflt}", "dflt")]
    [DataRow("${empty:-dflt}", "dflt")]
    [DataRow("${empty-dflt}", "")]
    [DataRow("${missing-dflt}", "dflt")]
    [DataRow("${a:+alt}", "alt")]
    [DataRow("${empty:+alt}", "")]
    [DataRow("${empty+alt}", "alt")]
    [DataRow("${missing+alt}", "")]
    [DataRow("\\$a", "$a")]
    [DataRow("'$a'", "$a")]
    [DataRow("\"$a\"", "1")]
    [DataRow("${path#*/}", "b/c")]
    [DataRow("${path##*/}", "c")]
    [DataRow("${path%/*}", "a/b")]
    [DataRow("${path%%/*}", "a")]
    [DataRow("${path/b/X}", "a/X/c")]
    public void Dockerfile_substitution(string text, string expected) =>
        Assert.AreEqual(expected, Expand(text, ("a", "1"), ("empty", string.Empty), ("path", "a/b/c")));

    [TestMethod]
    public void Unresolved_names_are_reported_and_syntax_errors_do_not_throw()
    {
        ShellWords.Expand("${x}-$y", _ => null, out var unresolved, out var error);
        CollectionAssert.AreEqual(new[] { "x", "y" }, unresolved.ToList());
        Assert.IsNull(error);
        var result = ShellWords.Expand("${x", _ => null, out _, out error);
        Assert.AreEqual("${x", result);
        Assert.IsNotNull(error);
    }
}
