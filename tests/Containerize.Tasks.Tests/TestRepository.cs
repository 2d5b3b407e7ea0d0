using Containerize.Testing;

namespace Containerize.Tasks.Tests;

/// <summary>
/// A small repository in a temporary folder whose projects use the SDK straight from <c>sdk/</c> (its Sdk.props and
/// Sdk.targets) with the task assembly this test project was built with, built with a real <c>dotnet build</c>.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    private TestRepository(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public static TestRepository Create(string name, bool git = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "project-model-tests", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(root);
        if (git)
        {
            Directory.CreateDirectory(Path.Combine(root, ".git"));
        }

        return new TestRepository(root);
    }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Root, relativePath));

    /// <summary>A project that uses Containerize.Sdk from sdk/ (the way &lt;Project Sdk="Containerize.Sdk"&gt; would).</summary>
    public string WriteContainerizedProject(string relativePath, string body)
    {
        var sdk = Path.Combine(TestPaths.RepoRoot, "sdk", "Containerize.Sdk", "Sdk");
        return Write(relativePath, $"""
            <Project>
              <Import Project="{sdk}/Sdk.props" />
            {body}
              <Import Project="{sdk}/Sdk.targets" />
            </Project>
            """);
    }

    /// <param name="imageRegistry">The shell's ContainerizeImageRegistry environment variable.</param>
    public ProcessResult Build(string relativeProject, string imageRegistry = "", params string[] arguments) =>
        Dotnet("build", relativeProject, new Dictionary<string, string> { ["ContainerizeImageRegistry"] = imageRegistry }, arguments);

    /// <summary>Any dotnet verb (build, publish, msbuild) on a project of the repository, with the SDK from sdk/.</summary>
    public ProcessResult Dotnet(string verb, string relativeProject, IDictionary<string, string> environment, params string[] arguments)
    {
        var tasks = typeof(GenerateDockerfile).Assembly.Location;
        var args = $"{verb} \"{Path.Combine(Root, relativeProject)}\" -nologo -nodeReuse:false \"-p:ContainerizeTasksAssembly={tasks}\" " + string.Join(" ", arguments);
        return ProcessRunner.Run("dotnet", args, Root, environment, TimeSpan.FromMinutes(5));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
