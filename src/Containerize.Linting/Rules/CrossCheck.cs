using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>What the cross-check rules share: the final stage's runtime image, and where it was written.</summary>
internal static class CrossCheck
{
    /// <summary>The final stage's root image and the token to point at, when it is a Microsoft .NET image.</summary>
    public static FinalImage? FinalDotnetImage(LintContext context)
    {
        var final = context.FinalStage;
        if (!context.Project.IsKnown || final?.From is null || final.RootImage is not { IsDotnet: true } image || image.HasVariable)
        {
            return null;
        }

        var token = final.Root.From!.ImageToken;
        return token is null ? null : new FinalImage(image, token);
    }
}
