using System.Text;

namespace Containerize.Dockerfiles.Parsing;

internal static class Utf8Bytes
{
    /// <summary>
    /// BuildKit reads flags byte by byte and stores each byte as a character; turns such a string back into
    /// the text that was written. Strings that are not of that shape are returned as they are.
    /// </summary>
    public static string DecodeByteString(string s)
    {
        var wide = false;
        foreach (var c in s)
        {
            if (c > 0xFF)
            {
                return s;
            }

            wide |= c >= 0x80;
        }

        if (!wide)
        {
            return s;
        }

        var bytes = new byte[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            bytes[i] = (byte)s[i];
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
