using System.Reflection;

namespace Containerize.Imaging;

/// <summary>Unix permission bits of a file, so the tar keeps them (File.GetUnixFileMode on .NET 7+, defaults elsewhere).</summary>
internal static class FileModes
{
    private static readonly MethodInfo? GetUnixFileMode = typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });

    public static int Get(string path, bool isDirectory)
    {
        if (GetUnixFileMode is not null && Environment.OSVersion.Platform == PlatformID.Unix)
        {
            try
            {
                return Convert.ToInt32(GetUnixFileMode.Invoke(null, new object[] { path }), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (TargetInvocationException)
            {
            }
        }

        return isDirectory ? 493 : 420; // 0755 / 0644
    }
}
