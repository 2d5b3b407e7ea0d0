namespace Containerize.Testing;

/// <summary>
/// Tests that need Docker call <see cref="Require"/>: under CI=true a missing engine fails the test;
/// elsewhere it makes the test inconclusive. The base images come from build/infra/base-images.sh.
/// </summary>
internal static class DockerEngine
{
    public const string Registry = "localhost:5000/dotnet";

    private static readonly Lazy<string?> Problem = new(() =>
    {
        var info = ProcessRunner.Run("docker", "version --format {{.Server.Version}}", timeout: TimeSpan.FromSeconds(30));
        if (info.ExitCode != 0)
        {
            return "No Docker engine answers (" + info.Error.Trim() + "). Start one with build/infra/start-docker.sh.";
        }

        var images = ProcessRunner.Run("docker", $"image inspect {Registry}/sdk:10.0 {Registry}/aspnet:10.0-noble-chiseled", timeout: TimeSpan.FromSeconds(30));
        return images.ExitCode != 0 ? $"The local base images ({Registry}/…) are missing: run build/infra/base-images.sh." : null;
    });

    public static void Require() => Requirement.Check(Problem.Value);

    public static ProcessResult Docker(string arguments, TimeSpan? timeout = null) =>
        ProcessRunner.Run("docker", arguments, timeout: timeout ?? TimeSpan.FromMinutes(15));
}
