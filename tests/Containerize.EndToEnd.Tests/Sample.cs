namespace Containerize.EndToEnd.Tests;

/// <summary>A sample as the end-to-end tests know it: its project, the file a code-only change edits, and what its container does.</summary>
internal sealed class Sample
{
    public Sample(string name, string project, string assemblyName, string codeFile, string expectedBase, Action<SampleWorkspace, string> doesItsJob)
    {
        Name = name;
        Project = project;
        AssemblyName = assemblyName;
        CodeFile = codeFile;
        ExpectedBase = expectedBase;
        DoesItsJob = doesItsJob;
    }

    public string Name { get; }

    /// <summary>The containerized project, relative to the sample's root.</summary>
    public string Project { get; }

    public string AssemblyName { get; }

    /// <summary>The source file a code-only change appends a comment to, relative to the sample's root.</summary>
    public string CodeFile { get; }

    /// <summary>The runtime image the generated Dockerfile must choose, e.g. <c>aspnet:10.0-noble-chiseled</c>.</summary>
    public string ExpectedBase { get; }

    /// <summary>Runs the image (the tag given) and asserts that it does what the sample is for.</summary>
    public Action<SampleWorkspace, string> DoesItsJob { get; }

    public override string ToString() => Name;
}
