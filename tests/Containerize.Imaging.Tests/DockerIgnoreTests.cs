using Containerize.Dockerfiles;

namespace Containerize.Imaging.Tests;

/// <summary>.dockerignore as Docker reads it (moby/patternmatcher).</summary>
[TestClass]
public sealed class DockerIgnoreTests
{
    [TestMethod]
    [DataRow("bin", "bin", true)]
    [DataRow("bin", "bin/Debug/app.dll", true, DisplayName = "a matching folder excludes what is inside")]
    [DataRow("bin", "src/bin/app.dll", false, DisplayName = "a plain name only matches at the root")]
    [DataRow("**/bin", "src/App/bin/Debug/app.dll", true)]
    [DataRow("**/bin", "bin/x", true, DisplayName = "** matches zero folders")]
    [DataRow("*.md", "README.md", true)]
    [DataRow("*.md", "docs/guide.md", false, DisplayName = "* does not cross /")]
    [DataRow("docs/**/*.png", "docs/a/b/c.png", true)]
    [DataRow("/obj", "obj/x", true, DisplayName = "a leading / is dropped")]
    [DataRow("./obj/", "obj/x", true, DisplayName = "patterns are cleaned")]
    [DataRow("file?.txt", "file1.txt", true)]
    [DataRow("file?.txt", "file10.txt", false)]
    [DataRow("[ab].txt", "a.txt", true)]
    [DataRow("node_modules", "web/node_modules/x.js", false)]
    public void Single_pattern(string pattern, string path, bool excluded) =>
        Assert.AreEqual(excluded, DockerIgnore.Parse(pattern).IsExcluded(path));

    [TestMethod]
    public void Exceptions_and_last_match_wins()
    {
        var ignore = DockerIgnore.Parse("# comment\n*.md\n!README.md\ndocs\n!docs/keep.txt\n**/*.log\n!important.log\nimportant.log\n");
        Assert.IsTrue(ignore.IsExcluded("CHANGELOG.md"));
        Assert.IsFalse(ignore.IsExcluded("README.md"), "the exception re-includes it");
        Assert.IsTrue(ignore.IsExcluded("docs/a.txt"));
        Assert.IsFalse(ignore.IsExcluded("docs/keep.txt"));
        Assert.IsTrue(ignore.IsExcluded("important.log"), "the last matching pattern wins");
        Assert.IsTrue(ignore.HasExceptions);
    }

    [TestMethod]
    public void Empty_lines_comments_and_blanks_are_ignored()
    {
        var ignore = DockerIgnore.Parse("\n   \n# bin\n  obj  \n!\n");
        Assert.IsFalse(ignore.IsExcluded("bin/x"));
        Assert.IsTrue(ignore.IsExcluded("obj/x"), "patterns are trimmed");
        Assert.HasCount(1, ignore.Patterns.ToList());
    }
}
