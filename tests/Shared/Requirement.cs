namespace Containerize.Testing;

/// <summary>What a test does when a service it needs is missing (an engine, Podman, a second engine).</summary>
internal static class Requirement
{
    /// <summary>Nothing when <paramref name="problem"/> is null; under CI=true a failed test, elsewhere an inconclusive one.</summary>
    public static void Check(string? problem)
    {
        if (problem is null)
        {
            return;
        }

        if (TestPaths.IsCi)
        {
            Assert.Fail(problem);
        }

        Assert.Inconclusive(problem);
    }
}
