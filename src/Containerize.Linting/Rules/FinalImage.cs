using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>The final stage's .NET base image and the FROM token that names it.</summary>
internal sealed class FinalImage
{
    public FinalImage(ImageReference image, SyntaxToken token)
    {
        Image = image;
        Token = token;
    }

    public ImageReference Image { get; }

    public SyntaxToken Token { get; }
}
