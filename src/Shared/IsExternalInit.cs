// Lets netstandard2.0 assemblies use init accessors and records; the compiler looks this type up by name.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
