namespace Containerize.Imaging;

/// <summary>Engine, registry and build failures (3xxx) and built-image findings (4xxx). IDs are never reused.</summary>
public static class ImagingDiagnosticIds
{
    public const string NoEngine = "CTZ3001";
    public const string RunFailed = "CTZ3002";
    public const string BaseImageMissing = "CTZ3003";
    public const string BuildFailed = "CTZ3004";
    public const string Timeout = "CTZ3005";
    public const string Cancelled = "CTZ3006";
    public const string PushFailed = "CTZ3007";
    public const string AuthenticationFailed = "CTZ3008";
    public const string EngineLost = "CTZ3009";
    public const string TlsSetup = "CTZ3010";
    public const string PodmanBaseImageMissing = "CTZ3030";
    public const string PlainHttpRegistry = "CTZ3031";
    public const string BuilderUnavailable = "CTZ3011";
    public const string SessionFailed = "CTZ3012";
    public const string NuGetCredentialsMissing = "CTZ3013";

    /// <summary>Project input (2xxx) the image build reads: ContainerizeBuilder.</summary>
    public const string InvalidBuilder = "CTZ2030";

    public const string LayerTooLarge = "CTZ4001";
    public const string WastedBytes = "CTZ4002";
    public const string LowEfficiency = "CTZ4003";
    public const string ImageTooLarge = "CTZ4004";
}
