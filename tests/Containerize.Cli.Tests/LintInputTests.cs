using System.Text;

namespace Containerize.Cli.Tests;

/// <summary>`containerize lint` over many inputs: folders, unreadable files, and --context checked before anything is linted.</summary>
[TestClass]
public sealed class LintInputTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static string NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lint-checks-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private const string Relative = "FROM alpine:3.20\nWORKDIR app\nUSER 1000\n";

    [TestMethod]
    public void An_unreadable_file_is_reported_and_the_others_are_still_linted()
    {
        var dir = NewFolder();
        try
        {
            var good = Path.Combine(dir, "Dockerfile");
            File.WriteAllText(good, Relative);
            var missing = Path.Combine(dir, "nope", "Dockerfile");
            var notAFolder = Path.Combine(good, "Dockerfile");
            var (exit, output, error) = Run("lint", missing, good, notAFolder, "--no-context");
            Assert.AreEqual(2, exit, "an unreadable input makes the run exit 2");
            StringAssert.Contains(error, $"cannot read '{missing}'");
            StringAssert.Contains(error, $"cannot read '{notAFolder}'");
            StringAssert.Contains(error, "2 input(s) could not be read");
            StringAssert.Contains(output, good + "(2,9): warning CTZ1104");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void A_folder_argument_lints_the_dockerfiles_in_it()
    {
        var dir = NewFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "src", "Api"));
            Directory.CreateDirectory(Path.Combine(dir, "bin"));
            File.WriteAllText(Path.Combine(dir, "Dockerfile"), Relative);
            File.WriteAllText(Path.Combine(dir, "src", "Api", "api.Dockerfile"), Relative);
            File.WriteAllText(Path.Combine(dir, "src", "Dockerfile.dev"), Relative);
            File.WriteAllText(Path.Combine(dir, "src", "Dockerfile.dockerignore"), "bin\n");
            File.WriteAllText(Path.Combine(dir, "bin", "Dockerfile"), Relative);
            File.WriteAllText(Path.Combine(dir, "README.md"), "# not a Dockerfile\n");
            var (exit, output, error) = Run("lint", dir, "--no-context");
            Assert.AreEqual(0, exit, error);
            var files = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Substring(0, l.IndexOf('('))).ToList();
            CollectionAssert.AreEqual(
                new[] { Path.Combine(dir, "Dockerfile"), Path.Combine(dir, "src", "Api", "api.Dockerfile"), Path.Combine(dir, "src", "Dockerfile.dev") },
                files,
                "Dockerfile, *.Dockerfile and Dockerfile.* under the folder, in path order; bin/ and .dockerignore files are skipped");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void A_folder_without_dockerfiles_is_reported()
    {
        var dir = NewFolder();
        try
        {
            var (exit, _, error) = Run("lint", dir);
            Assert.AreEqual(2, exit);
            StringAssert.Contains(error, "no Dockerfile in it");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void A_missing_context_folder_is_a_coded_error_with_the_remedy()
    {
        var dir = NewFolder();
        try
        {
            var file = Path.Combine(dir, "Dockerfile");
            File.WriteAllText(file, Relative);
            var missing = Path.Combine(dir, "no-such-context");
            var (exit, output, error) = Run("lint", file, "--context", missing);
            Assert.AreEqual(2, exit);
            Assert.AreEqual(string.Empty, output, "nothing is linted against a context that is not there");
            StringAssert.Contains(error, "error CTZ2009");
            StringAssert.Contains(error, $"The build context '{missing}' does not exist");
            StringAssert.Contains(error, "--context");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void The_context_folder_dockerignore_feeds_CopyIgnoredFile()
    {
        var dir = NewFolder();
        try
        {
            File.WriteAllText(Path.Combine(dir, ".dockerignore"), "secrets.json\n");
            File.WriteAllText(Path.Combine(dir, "secrets.json"), "{}");
            var file = Path.Combine(dir, "Dockerfile");
            File.WriteAllText(file, "FROM alpine:3.20\nCOPY secrets.json /srv/\nUSER 1000\n");
            var (exit, output, _) = Run("lint", file, "--context", dir);
            Assert.AreEqual(0, exit);
            StringAssert.Contains(output, file + "(2,6): warning CTZ1230: COPY 'secrets.json': .dockerignore excludes this path");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void The_check_directive_raises_buildkit_checks_to_errors()
    {
        var dir = NewFolder();
        try
        {
            var file = Path.Combine(dir, "Dockerfile");
            File.WriteAllText(file, "# check=error=true\nFROM alpine:3.20\nWORKDIR app\nUSER 1000\n");
            var (exit, output, _) = Run("lint", file, "--no-context");
            Assert.AreEqual(1, exit, "an error finding makes the run exit 1");
            StringAssert.Contains(output, "(3,9): error CTZ1104");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
