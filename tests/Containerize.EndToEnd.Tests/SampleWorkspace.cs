using System.Formats.Tar;
using System.Net;
using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>A sample copied into a work folder with the packed SDK as a local feed: a user's checkout.</summary>
internal sealed class SampleWorkspace
{
    private static readonly Lazy<string> PrefixLazy = new(() =>
    {
        // Other branches run the same tests on the same engine and /tmp: our folders, images and containers carry our branch name.
        var branch = ProcessRunner.Run("git", "rev-parse --abbrev-ref HEAD").Output.Trim().ToLowerInvariant();
        var clean = new string(branch.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray()).Trim('-');
        return clean is "" or "head" ? "containerize" : clean;
    });

    private SampleWorkspace(string sample, string root, string project)
    {
        Sample = sample;
        Root = root;
        ProjectPath = Path.Combine(root, project);
    }

    /// <summary>The branch name (or <c>containerize</c>) that starts every folder, image and container name of this run.</summary>
    public static string Prefix => PrefixLazy.Value;

    public string Sample { get; }

    public string Root { get; }

    public string ProjectPath { get; }

    public string ProjectDirectory => Path.GetDirectoryName(ProjectPath)!;

    public string DockerfilePath => Path.Combine(ProjectDirectory, "Dockerfile");

    public string ImageTag { get; set; } = string.Empty;

    /// <param name="folder">The work folder's name (default: the sample's), so that tests sharing one build keep theirs.</param>
    public static SampleWorkspace Prepare(string sample, string project, string? folder = null)
    {
        SdkPackage.Ensure();
        var root = Path.Combine(Path.GetTempPath(), Prefix + "-e2e", folder ?? sample);
        var result = ProcessRunner.Run("bash", $"build/prepare-sample.sh {sample} {root}");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return new SampleWorkspace(sample, root, project) { ImageTag = $"{Prefix}-e2e/{folder ?? sample}:latest" };
    }

    /// <summary>
    /// The property for a Dockerfile that <see cref="DockerBuild"/> can build: Debian's docker CLI (20.10, no buildx)
    /// has only the classic builder, so tests of <c>docker build</c> generate the classic form.
    /// </summary>
    public const string ClassicDockerfile = "ContainerizeBuildKit=false";

    /// <summary>A sample already prepared at <paramref name="root"/> (build/prepare-sample.sh).</summary>
    public static SampleWorkspace At(string sample, string root, string project) =>
        new(sample, root, project) { ImageTag = $"containerize-e2e/{sample}:latest" };

    /// <summary><c>dotnet build</c> as the user runs it, with the local base images' registry.</summary>
    public ProcessResult Build(params string[] properties)
    {
        var result = Dotnet("build", null, properties);
        Assert.AreEqual(0, result.ExitCode, "dotnet build failed:\n" + result);
        return result;
    }

    /// <summary>Runs a dotnet verb on the project (no assertion), with the local base images' registry.</summary>
    public ProcessResult Dotnet(string verb, IDictionary<string, string>? environment, params string[] properties)
    {
        var env = new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry };
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            env[pair.Key] = pair.Value;
        }

        var args = $"{verb} \"{ProjectPath}\" -nologo " + string.Join(" ", properties.Select(p => "\"-p:" + p + "\""));
        return ProcessRunner.Run("dotnet", args, Root, env, TimeSpan.FromMinutes(10));
    }

    /// <summary>The project facts the build handed the analyzers (its generated MSBuild .editorconfig).</summary>
    public Containerize.Linting.ProjectFacts ProjectFacts()
    {
        var obj = Path.Combine(ProjectDirectory, "obj");
        var config = Directory.GetFiles(obj, "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).OrderBy(f => f.Length).First();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(config))
        {
            if (line.StartsWith("build_property.", StringComparison.Ordinal) && line.IndexOf('=') is var eq and > 0)
            {
                properties[line.Substring("build_property.".Length, eq - "build_property.".Length).Trim()] = line.Substring(eq + 1).Trim();
            }
        }

        return new Containerize.Linting.ProjectFacts(properties);
    }

    /// <summary>The build argument the generated FROM lines take the .NET images' registry from (default mcr.microsoft.com/dotnet).</summary>
    public const string RegistryArgument = "ContainerizeImageRegistry";

    /// <summary>
    /// The build context the generated Dockerfile names in its header ("# Build context: ../.. from this folder …"),
    /// else the folder its "from &lt;project&gt;" path is relative to.
    /// </summary>
    public string ContextDirectory()
    {
        var header = File.ReadLines(DockerfilePath).TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')).ToList();
        const string Named = "Build context:";
        var named = header.FirstOrDefault(l => l.StartsWith(Named, StringComparison.Ordinal));
        if (named is not null)
        {
            var value = named.Substring(Named.Length).Trim();
            var end = value.IndexOf(" from this folder", StringComparison.Ordinal);
            value = end < 0 ? value.TrimEnd('.') : value.Substring(0, end);
            return Path.GetFullPath(Path.IsPathRooted(value) ? value : Path.Combine(ProjectDirectory, value)).TrimEnd('/');
        }

        var marker = header.First(l => l.Contains(" from ", StringComparison.Ordinal));
        var from = marker.Substring(marker.IndexOf(" from ", StringComparison.Ordinal) + 6).Split(';')[0].Trim();
        var project = ProjectPath.Replace('\\', '/');
        Assert.IsTrue(project.EndsWith("/" + from, StringComparison.Ordinal), $"the header's project '{from}' is not a suffix of {project}");
        return project.Substring(0, project.Length - from.Length - 1);
    }

    /// <summary>
    /// <c>docker build</c> as the generated header says: at the context it names, with the local registry as the
    /// registry argument (a hand-written Dockerfile: at the checkout's root). Asserts success and, unless told
    /// otherwise, that nothing of ours (no <c>CTZ</c> line) speaks inside the container.
    /// </summary>
    public ProcessResult DockerBuild(string? tag = null, string? target = null, bool nothingOfOurs = true)
    {
        var generated = File.ReadAllText(DockerfilePath).StartsWith("# Generated by Containerize.Sdk", StringComparison.Ordinal);
        var args = $"build -f \"{DockerfilePath}\" -t {tag ?? ImageTag}";
        if (target is not null)
        {
            args += " --target " + target;
        }

        if (generated)
        {
            args += $" --build-arg {RegistryArgument}={DockerEngine.Registry}";
        }

        var result = DockerEngine.Docker($"{args} \"{(generated ? ContextDirectory() : Root)}\"");
        Assert.AreEqual(0, result.ExitCode, "docker build failed:\n" + result);
        var ours = result.All.Split('\n').Where(l => l.Contains("CTZ", StringComparison.Ordinal)).ToList();
        if (nothingOfOurs)
        {
            Assert.IsEmpty(ours, "the container build must not run our analyzers or generation:\n" + string.Join("\n", ours));
        }

        return result;
    }

    public IReadOnlyList<string> Layers(string? tag = null)
    {
        var result = DockerEngine.Docker($"image inspect -f \"{{{{join .RootFS.Layers \\\" \\\"}}}}\" {tag ?? ImageTag}");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return result.Output.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public string ImageId(string? tag = null)
    {
        var result = DockerEngine.Docker($"image inspect -f \"{{{{.Id}}}}\" {tag ?? ImageTag}");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return result.Output.Trim();
    }

    /// <summary>The regular files (path and size) in one layer of an image, read from <c>docker save</c>.</summary>
    public IReadOnlyList<(string Path, long Size)> LayerFiles(int layerIndex, string? tag = null)
    {
        var archive = Path.Combine(Path.GetTempPath(), Prefix + "-e2e", Sample + "-image.tar");
        var save = DockerEngine.Docker($"save -o \"{archive}\" {tag ?? ImageTag}");
        Assert.AreEqual(0, save.ExitCode, save.ToString());
        try
        {
            var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            using (var stream = File.OpenRead(archive))
            using (var reader = new TarReader(stream))
            {
                while (reader.GetNextEntry() is { } entry)
                {
                    if (entry.DataStream is not null && (entry.Name == "manifest.json" || entry.Name.EndsWith("layer.tar", StringComparison.Ordinal)))
                    {
                        using var copy = new MemoryStream();
                        entry.DataStream.CopyTo(copy);
                        entries[entry.Name] = copy.ToArray();
                    }
                }
            }

            using var manifest = JsonDocument.Parse(entries["manifest.json"]);
            var layerPath = manifest.RootElement[0].GetProperty("Layers")[layerIndex].GetString()!;
            var files = new List<(string, long)>();
            using var layer = new TarReader(new MemoryStream(entries[layerPath]));
            while (layer.GetNextEntry() is { } file)
            {
                if (file.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    files.Add((file.Name, file.Length));
                }
            }

            return files;
        }
        finally
        {
            File.Delete(archive);
        }
    }

    /// <summary>Copies one file out of an image (which may be a build-stage image) to a host path.</summary>
    public void CopyFromImage(string tag, string pathInImage, string destination)
    {
        var name = $"{Prefix}-e2e-copy-{Sample}";
        DockerEngine.Docker($"rm -f {name}");
        var create = DockerEngine.Docker($"create --name {name} {tag}");
        Assert.AreEqual(0, create.ExitCode, create.ToString());
        try
        {
            var copy = DockerEngine.Docker($"cp {name}:{pathInImage} \"{destination}\"");
            Assert.AreEqual(0, copy.ExitCode, $"{pathInImage} is not in {tag}:\n{copy}");
        }
        finally
        {
            DockerEngine.Docker($"rm -f {name}");
        }
    }

    public void AssertRunsAsNonRootWithoutShell(string? tag = null)
    {
        tag ??= ImageTag;
        var user = DockerEngine.Docker($"image inspect -f \"{{{{.Config.User}}}}\" {tag}").Output.Trim();
        Assert.IsFalse(user is "" or "0" or "root" or "0:0", $"the image runs as '{user}'");
        Assert.IsTrue(int.TryParse(user.Split(':')[0], out var uid) && uid > 0, $"expected a numeric non-root user, got '{user}'");
        var shell = DockerEngine.Docker($"run --rm --entrypoint sh {tag} -c true", TimeSpan.FromMinutes(1));
        Assert.AreNotEqual(0, shell.ExitCode, "a shell started in the image:\n" + shell);
    }

    public string RunToCompletion(string? tag = null)
    {
        var result = DockerEngine.Docker($"run --rm {tag ?? ImageTag}", TimeSpan.FromMinutes(2));
        Assert.AreEqual(0, result.ExitCode, "the container failed:\n" + result);
        return result.Output;
    }

    /// <summary>Runs the image, waits for HTTP on the container port, returns status and body of <paramref name="path"/>.</summary>
    public (HttpStatusCode Status, string Body) RunAndRequest(int containerPort, string path, string? tag = null) =>
        RunAndProbe(containerPort, port =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = http.GetAsync($"http://127.0.0.1:{port}{path}").GetAwaiter().GetResult();
            return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        }, tag);

    /// <summary>
    /// Runs the image with the container port published on a free loopback port and calls <paramref name="probe"/>
    /// with that port until it stops failing to connect (60 s); the container's log is printed and it is removed.
    /// </summary>
    public T RunAndProbe<T>(int containerPort, Func<int, T> probe, string? tag = null)
    {
        // One name per run: tests of other classes may run the same sample (a shared name let one test's 'rm -f' stop
        // another's container mid-request).
        var name = $"{Prefix}-e2e-{Sample}-{Guid.NewGuid():N}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        // The first container after the engine restarts (BuildInterruptionTests stops it) was seen to get connections
        // reset on its host port for a minute while the app listened; a second container on a new port answers, so
        // after 20 s without an answer the container is started once more.
        var restartAt = DateTime.UtcNow.AddSeconds(20);
        var port = Start(name, containerPort, tag);
        try
        {
            while (true)
            {
                try
                {
                    return probe(port);
                }
                catch (Exception e) when ((e is HttpRequestException or TaskCanceledException or IOException) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(250);
                    if (DateTime.UtcNow > restartAt)
                    {
                        restartAt = DateTime.MaxValue;
                        Console.WriteLine($"no answer on port {port} after 20 s ({e.Message}); starting the container again");
                        Console.WriteLine(DockerEngine.Docker($"logs {name}").All);
                        DockerEngine.Docker($"rm -f {name}");
                        port = Start(name, containerPort, tag);
                    }
                }
            }
        }
        finally
        {
            var logs = DockerEngine.Docker($"logs {name}");
            Console.WriteLine(logs.All);
            DockerEngine.Docker($"rm -f {name}");
        }
    }

    private int Start(string name, int containerPort, string? tag)
    {
        var run = DockerEngine.Docker($"run -d --name {name} -p 127.0.0.1::{containerPort} {tag ?? ImageTag}");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return int.Parse(DockerEngine.Docker($"port {name} {containerPort}/tcp").Output.Trim().Split('\n')[0].Split(':').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
