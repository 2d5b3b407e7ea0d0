namespace Containerize.Tasks.Tests;

/// <summary>The model's rules on collected inputs (real folders; what MSBuild returns is faked only by path).</summary>
[TestClass]
public sealed class ProjectModelTests
{
    [TestMethod]
    public void Toolchain_files_outputs_and_files_inside_project_folders_are_not_copied_separately()
    {
        using var repo = TestRepository.Create("model-filter");
        var project = repo.Write("src/App/App.csproj", "<Project />");
        var root = repo.Root;
        var inputs = new[]
        {
            new ProjectInput(Path.Combine(root, "Directory.Build.props"), ProjectInputKind.Import),
            new ProjectInput("/usr/share/dotnet/sdk/10.0.100/Sdks/Microsoft.NET.Sdk/Sdk/Sdk.props", ProjectInputKind.Import),
            new ProjectInput(Path.Combine(root, "src/App/obj/App.csproj.nuget.g.props"), ProjectInputKind.Import),
            new ProjectInput(Path.Combine(root, "src/App/obj/"), ProjectInputKind.Output),
            new ProjectInput(Path.Combine(root, "src/App/Program.cs"), ProjectInputKind.Input),
            new ProjectInput(Path.Combine(root, "shared/Link.cs"), ProjectInputKind.Input),
            new ProjectInput("/home/u/.nuget/packages/x/1.0.0/content/a.txt", ProjectInputKind.Input),
        };

        var model = ProjectModel.Build(project, inputs, new[] { "/usr/share/dotnet/", "/home/u/.nuget/packages/" }, null, null);
        Assert.AreEqual(root, model.ContextDirectory);
        Assert.AreEqual("repository root", model.ContextSource);
        CollectionAssert.AreEquivalent(new[] { "src/App/App.csproj", "Directory.Build.props" }, model.RestoreFiles);
        CollectionAssert.AreEqual(new[] { "shared/Link.cs" }, model.SourceFiles);
        CollectionAssert.AreEqual(new[] { "src/App" }, model.SourceDirectories);
        Assert.IsEmpty(model.Problems);
    }

    [TestMethod]
    public void Without_a_repository_the_context_is_the_folder_that_holds_every_needed_file()
    {
        using var repo = TestRepository.Create("model-common", git: false);
        var project = repo.Write("work/src/App/App.csproj", "<Project />");
        var inputs = new[]
        {
            new ProjectInput(Path.Combine(repo.Root, "work/Directory.Build.props"), ProjectInputKind.Import),
            new ProjectInput(Path.Combine(repo.Root, "work/lib/Lib/Lib.csproj"), ProjectInputKind.Project),
            new ProjectInput("/somewhere/else/NuGet.Config", ProjectInputKind.Restore),
        };

        var model = ProjectModel.Build(project, inputs, Array.Empty<string>(), null, null);
        Assert.AreEqual(Path.Combine(repo.Root, "work"), model.ContextDirectory);
        Assert.AreEqual("common folder", model.ContextSource);
        CollectionAssert.Contains(model.SourceDirectories, "lib/Lib");
        CollectionAssert.AreEqual(new[] { "/somewhere/else/NuGet.Config" }, model.LeftOut, "a machine's NuGet.config is left out, not an error");
        Assert.IsEmpty(model.Problems);
    }

    [TestMethod]
    public void DockerfileContext_is_read_and_a_file_outside_it_is_CTZ2010()
    {
        using var repo = TestRepository.Create("model-vs");
        var project = repo.Write("src/App/App.csproj", "<Project />");
        var inputs = new[] { new ProjectInput(Path.Combine(repo.Root, "keys/app.snk"), ProjectInputKind.Input, "App.csproj") };

        var model = ProjectModel.Build(project, inputs, Array.Empty<string>(), null, "..");
        Assert.AreEqual(Path.Combine(repo.Root, "src"), model.ContextDirectory);
        Assert.AreEqual("DockerfileContext", model.ContextSource);
        var problem = model.Problems.Single();
        Assert.AreEqual("CTZ2010", problem.Id);
        StringAssert.Contains(problem.Message, Path.Combine(repo.Root, "keys/app.snk"));
        StringAssert.Contains(problem.Message, "ContainerizeContextDirectory");
        StringAssert.Contains(problem.Message, "'" + repo.Root + "'");
    }
}
