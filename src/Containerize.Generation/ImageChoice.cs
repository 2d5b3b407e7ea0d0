namespace Containerize.Generation;

/// <summary>The images a project builds on and runs on, and why.</summary>
public sealed class ImageChoice
{
    public ImageChoice(string sdkImage, string runtimeImage, string flavor, string dotnetVersion)
    {
        SdkImage = sdkImage;
        RuntimeImage = runtimeImage;
        Flavor = flavor;
        DotnetVersion = dotnetVersion;
    }

    public string SdkImage { get; }

    public string RuntimeImage { get; }

    /// <summary><c>aspnet</c>, <c>runtime</c> or <c>runtime-deps</c>.</summary>
    public string Flavor { get; }

    /// <summary>Major.minor, e.g. <c>10.0</c>.</summary>
    public string DotnetVersion { get; }
}
