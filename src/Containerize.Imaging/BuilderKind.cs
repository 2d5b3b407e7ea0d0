namespace Containerize.Imaging;

/// <summary>Which of the engine's builders runs the build (ContainerizeBuilder).</summary>
public enum BuilderKind
{
    /// <summary>BuildKit when the engine offers it, else the classic builder.</summary>
    Auto,

    /// <summary>BuildKit (<c>POST /build?version=2</c>); an engine without it is a coded error.</summary>
    BuildKit,

    /// <summary>The classic builder (<c>POST /build?version=1</c>), for engines without BuildKit (Podman, Windows).</summary>
    Classic,
}
