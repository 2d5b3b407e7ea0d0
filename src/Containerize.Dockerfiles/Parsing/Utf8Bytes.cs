using System.Text;

namespace Containerize.Dockerfiles.Parsing;

internal static class Utf8Bytes
{
    /// <summary>
    /// BuildKit reads flags byte by byte and stores each byte as a character; turns such a string back into
    /// the text that was written. Strings that are not of that shape are returned as they are.
    /// </summary>
    /// <summary>
    /// False when a byte string holds a partial UTF-8 character (BuildKit splits a flag inside a character
    /// whose encoding contains 0x85 or 0xA0, which Go's byte-wise IsSpace treats as blanks).
    /// </summary>
    public static bool IsWholeUtf8(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            int c = s[i];
            if (c > 0xFF)
            {
                return true;
            }

            var extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
            if (extra < 0)
            {
                return false;
            }

            for (var k = 1; k <= extra; k++)
            {
                if (i + k >= s.Length || (s[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            i += extra + 1;
        }

        return true;
    }

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
