using System.IO.Compression;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// The package carries two copies of the tasks and the analyzer: IL assemblies, which every MSBuild host loads
/// (Visual Studio's on .NET Framework, Windows, macOS, Arm), and ReadyToRun images for MSBuild on .NET on Linux x64,
/// which no other host can load (their PE machine field names Linux). Containerize.Sdk.props picks one per host.
/// </summary>
[TestClass]
public sealed class PackageLayoutTests
{
    private const ushort AnyCpu = 0x014c;
    private const ushort LinuxX64 = 0x8664 ^ 0x7b79;

    [TestMethod]
    public void The_package_ships_il_assemblies_for_every_host_and_the_same_files_as_linux_x64_images()
    {
        SdkPackage.Ensure();
        var package = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "artifacts", "packages"), "Containerize.Sdk.*.nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        var il = Dlls(zip, "tasks/netstandard2.0/");
        var r2r = Dlls(zip, "tasks/netstandard2.0/linux-x64/");
        CollectionAssert.Contains(il.Keys.ToList(), "Containerize.Tasks.dll");
        CollectionAssert.AreEquivalent(il.Keys.ToList(), r2r.Keys.ToList(), "the linux-x64 folder holds the same assemblies");
        foreach (var (name, entry) in il)
        {
            Assert.AreEqual(AnyCpu, Machine(entry), name + " in tasks/netstandard2.0 must be IL that any host loads");
        }

        foreach (var (name, entry) in r2r.Where(e => !e.Key.StartsWith("BouncyCastle", StringComparison.Ordinal)))
        {
            Assert.AreEqual(LinuxX64, Machine(entry), name + " in tasks/netstandard2.0/linux-x64 must be a ReadyToRun image");
        }

        Assert.AreEqual(AnyCpu, Machine(zip.GetEntry("analyzers/dotnet/cs/Containerize.Analyzers.dll")!));
        Assert.AreEqual(LinuxX64, Machine(zip.GetEntry("analyzers/linux-x64/Containerize.Analyzers.dll")!));
    }

    [TestMethod]
    public void A_build_here_loads_the_linux_x64_images_and_other_hosts_the_il_assemblies_which_work_alone()
    {
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj", "package-layout");
        var here = workspace.Dotnet("build", null, "ContainerizeGenerateDockerfile=true");
        Assert.AreEqual(0, here.ExitCode, here.ToString());
        var detailed = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -v:d --no-restore", workspace.Root, new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry }, TimeSpan.FromMinutes(5));
        Assert.AreEqual(0, detailed.ExitCode, detailed.ToString());
        StringAssert.Contains(detailed.Output, "tasks/netstandard2.0/linux-x64/Containerize.Tasks.dll");
        StringAssert.Contains(detailed.Output, "analyzers/linux-x64/Containerize.Analyzers.dll");

        // Any other host: the property the props set from the host is empty, so the IL assemblies load, and the
        // Dockerfile they write is the same.
        var dockerfile = File.ReadAllText(workspace.DockerfilePath);
        File.Delete(workspace.DockerfilePath);
        var other = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -v:d --no-restore \"-p:_ContainerizeHostRid=\"", workspace.Root, new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry }, TimeSpan.FromMinutes(5));
        Assert.AreEqual(0, other.ExitCode, other.ToString());
        Assert.DoesNotContain("tasks/netstandard2.0/linux-x64/", other.Output);
        Assert.DoesNotContain("analyzers/linux-x64/", other.Output);
        StringAssert.Contains(other.Output, "analyzers/dotnet/cs/Containerize.Analyzers.dll");
        Assert.AreEqual(dockerfile, File.ReadAllText(workspace.DockerfilePath));
    }

    private static Dictionary<string, ZipArchiveEntry> Dlls(ZipArchive zip, string folder) =>
        zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal) && !e.FullName.Substring(folder.Length).Contains('/'))
            .ToDictionary(e => e.Name);

    // The COFF machine field of a PE file (ReadyToRun images for Linux XOR it with 0x7b79).
    private static ushort Machine(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var pe = BitConverter.ToInt32(bytes, 0x3c);
        return BitConverter.ToUInt16(bytes, pe + 4);
    }
}
