namespace Containerize.Testing;

/// <summary>
/// Podman's Docker-compatible API, rootful, as build/infra/start-podman.sh starts it (build/setup-test-services.sh
/// calls it). Tests call <see cref="Require"/>: under CI=true a Podman that does not answer fails the test;
/// elsewhere it makes the test inconclusive.
/// </summary>
internal static class PodmanEngine
{
    public const string Socket = "/run/podman/podman.sock";

    public const string DockerHost = "unix://" + Socket;

    private static readonly Lazy<string?> Problem = new(() =>
    {
        var ping = ProcessRunner.Run("curl", $"-fsS --max-time 5 --unix-socket {Socket} http://d/_ping", timeout: TimeSpan.FromSeconds(30));
        if (ping.ExitCode != 0)
        {
            return $"Podman's API does not answer on {Socket} ({ping.Error.Trim()}). Start it with build/infra/start-podman.sh.";
        }

        var images = Podman($"image exists {DockerEngine.Registry}/aspnet:10.0-noble-chiseled");
        return images.ExitCode != 0 ? $"Podman lacks the local base images ({DockerEngine.Registry}/…): run build/infra/start-podman.sh." : null;
    });

    public static void Require() => Requirement.Check(Problem.Value);

    /// <summary>The podman CLI against the same service the tests build on.</summary>
    public static ProcessResult Podman(string arguments, TimeSpan? timeout = null) =>
        ProcessRunner.Run("podman", "--url " + DockerHost + " " + arguments, timeout: timeout ?? TimeSpan.FromMinutes(10));
}
