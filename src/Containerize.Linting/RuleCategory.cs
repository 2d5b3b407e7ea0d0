namespace Containerize.Linting;

public enum RuleCategory
{
    /// <summary>11xx: base images and stages.</summary>
    BaseImageAndStages,

    /// <summary>12xx: layers and image size.</summary>
    LayersAndSize,

    /// <summary>13xx: security and runtime.</summary>
    SecurityAndRuntime,

    /// <summary>14xx: the Dockerfile checked against the project.</summary>
    ProjectCrossCheck,

    /// <summary>15xx: style (BuildKit's style checks among them); info at most.</summary>
    Style,
}
