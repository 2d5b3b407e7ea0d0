namespace Containerize.Testing;

/// <summary>Where the repository, its samples and the shared test corpus are, seen from a test run.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Containerize.Sdk.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Containerize.Sdk.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => RepoRootLazy.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The shared corpus (BuildKit cases, real Dockerfiles, hadolint cases): <c>CONTAINERIZE_CORPUS</c>, else
    /// <c>../shared/corpus</c> beside the repository. Copyleft files stay there and are read, never copied.
    /// </summary>
    public static string? Corpus
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("CONTAINERIZE_CORPUS");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
            {
                return fromEnv;
            }

            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>The corpus folder, or a failed (CI) / inconclusive (elsewhere) test when it is missing.</summary>
    public static string RequireCorpus()
    {
        var corpus = Corpus;
        if (corpus is not null)
        {
            return corpus;
        }

        const string message = "The shared corpus (../shared/corpus or CONTAINERIZE_CORPUS) is not there.";
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Inconclusive(message);
        return string.Empty;
    }
}
