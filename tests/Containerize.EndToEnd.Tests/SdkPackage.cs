using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>Packs the SDK once per test run, exactly as a release would (build/pack.sh).</summary>
internal static class SdkPackage
{
    private static readonly Lazy<ProcessResult> Packed = new(() =>
        ProcessRunner.Run("bash", "build/pack.sh", timeout: TimeSpan.FromMinutes(5)));

    public static void Ensure()
    {
        var result = Packed.Value;
        Assert.AreEqual(0, result.ExitCode, "build/pack.sh failed:\n" + result);
    }
}
