using Containerize.Dockerfiles;

namespace Containerize.Imaging.Tests;

/// <summary>The SDK's per-Dockerfile allow-list: what the engine receives is what the Dockerfile copies.</summary>
[TestClass]
public sealed class AllowListScanTests
{
    [TestMethod]
    public void The_Dockerfile_s_own_ignore_file_wins_and_sends_only_the_listed_paths()
    {
        var root = Path.Combine(Path.GetTempPath(), "project-model-allow-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in new[] { ".git/objects/pack", "docs/manual.md", "tests/T/T.cs", "src/App/Program.cs", "src/App/obj/x.json", "src/Other/Other.cs", "Directory.Build.props" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.WriteAllText(Path.Combine(root, file), file);
            }

            File.WriteAllText(Path.Combine(root, ".dockerignore"), "**/obj\n**/.git\n");
            File.WriteAllText(Path.Combine(root, "src/App/Dockerfile"), "FROM scratch\n");
            File.WriteAllText(Path.Combine(root, "src/App/Dockerfile.dockerignore"), "*\n!Directory.Build.props\n!src/App\n**/obj\n");

            var sent = ContextScanner.Scan(root, ContextScanner.Load(root, "src/App/Dockerfile"), new[] { "src/App/Dockerfile" })
                .Where(e => !e.IsDirectory).Select(e => e.RelativePath).OrderBy(p => p, StringComparer.Ordinal).ToList();
            CollectionAssert.AreEqual(new[] { ".dockerignore", "Directory.Build.props", "src/App/Dockerfile", "src/App/Dockerfile.dockerignore", "src/App/Program.cs" }, sent, string.Join(", ", sent));

            var withoutOwn = ContextScanner.Scan(root, ContextScanner.Load(root, "src/Other/Dockerfile")).Where(e => !e.IsDirectory).Select(e => e.RelativePath).ToList();
            CollectionAssert.Contains(withoutOwn, "docs/manual.md", "without its own file the context's .dockerignore applies");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
