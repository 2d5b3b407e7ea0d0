namespace Containerize.Testing;

/// <summary>
/// The second, current engine: Debian 13's docker.io 26.1 as build/infra/start-docker26.sh starts it beside the
/// machine's 20.10 (build/setup-test-services.sh calls it). Its built-in Dockerfile frontend builds the syntax 20.10's
/// refuses (heredocs, COPY --link). Tests call <see cref="Require"/>: under CI=true an engine that does not answer
/// fails the test; elsewhere it makes the test inconclusive.
/// </summary>
internal static class Docker26Engine
{
    public const string Socket = "/run/containerize-docker26/docker.sock";

    public const string DockerHost = "unix://" + Socket;

    private static readonly Lazy<string?> Problem = new(() =>
    {
        var version = Docker("version --format {{.Server.Version}}", TimeSpan.FromSeconds(30));
        if (version.ExitCode != 0)
        {
            return $"Docker 26 does not answer on {Socket} ({version.Error.Trim()}). Start it with build/infra/start-docker26.sh.";
        }

        var major = int.TryParse(version.Output.Trim().Split('.')[0], out var m) ? m : 0;
        return major < 23 ? $"The engine on {Socket} is Docker {version.Output.Trim()}, not 23 or later: start it with build/infra/start-docker26.sh." : null;
    });

    public static void Require() => Requirement.Check(Problem.Value);

    /// <summary>The docker CLI against this engine.</summary>
    public static ProcessResult Docker(string arguments, TimeSpan? timeout = null) =>
        ProcessRunner.Run("docker", arguments, environment: new Dictionary<string, string> { ["DOCKER_HOST"] = DockerHost }, timeout: timeout ?? TimeSpan.FromMinutes(15));
}
