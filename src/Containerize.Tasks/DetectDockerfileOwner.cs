using Containerize.Diagnostics;
using Containerize.Generation;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>Says whether an existing Dockerfile is the user's (no marker line) and, if so, says so in the build log.</summary>
public sealed class DetectDockerfileOwner : Microsoft.Build.Utilities.Task
{
    [Required]
    public string DockerfilePath { get; set; } = string.Empty;

    /// <summary>Log the CTZ2004 message (off when generation is turned off: nothing would be written anyway).</summary>
    public bool Report { get; set; } = true;

    [Output]
    public bool IsUserOwned { get; set; }

    public override bool Execute()
    {
        if (!File.Exists(DockerfilePath))
        {
            return true;
        }

        string head;
        using (var reader = new StreamReader(DockerfilePath))
        {
            var buffer = new char[4096];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            head = new string(buffer, 0, read);
        }

        IsUserOwned = !GeneratedFiles.HasMarker(head);
        if (IsUserOwned && Report)
        {
            Log.LogMessage(null, DiagnosticCatalog.UserOwnedDockerfile.Id, null, DockerfilePath, 0, 0, 0, 0, MessageImportance.High,
                $"This Dockerfile has no '{GeneratedFiles.MarkerPrefix}' line, so it is yours: Containerize.Sdk does not overwrite it and lints it instead. Delete it to get a generated one, or set ContainerizeGenerateDockerfile=false.");
        }

        return true;
    }
}
