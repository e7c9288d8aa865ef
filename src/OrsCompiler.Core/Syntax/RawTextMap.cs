using System;
using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>
/// Maps offsets in a decoded XML value back to the raw source: an entity or character reference is one decoded
/// character (two for a supplementary-plane character reference) and \r\n is one.
/// </summary>
internal static class RawTextMap
{
    public static TextSpan MapRange(string raw, TextSpan rawSpan, int decodedStart, int decodedLength, bool decodesEntities)
    {
        var start = MapOffset(raw, rawSpan, decodedStart, decodesEntities);
        var end = MapOffset(raw, rawSpan, decodedStart + Math.Max(0, decodedLength), decodesEntities);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    public static int MapOffset(string raw, TextSpan rawSpan, int decodedOffset, bool decodesEntities)
    {
        var position = rawSpan.Start;
        var end = Math.Min(rawSpan.End, raw.Length);
        for (var decoded = 0; decoded < decodedOffset && position < end; decoded++)
        {
            var c = raw[position];
            if (c == '\r' && position + 1 < end && raw[position + 1] == '\n')
            {
                position += 2;
            }
            else if (c == '&' && decodesEntities)
            {
                var semicolon = raw.IndexOf(';', position, end - position);
                if (semicolon < 0)
                {
                    position++;
                    continue;
                }

                if (IsSupplementaryCharacterReference(raw, position, semicolon))
                {
                    decoded++;
                }

                position = semicolon + 1;
            }
            else
            {
                position++;
            }
        }

        return position;
    }

    private static bool IsSupplementaryCharacterReference(string raw, int ampersand, int semicolon)
    {
        if (semicolon - ampersand < 3 || raw[ampersand + 1] != '#')
        {
            return false;
        }

        var hex = raw[ampersand + 2] == 'x';
        var digits = raw.Substring(ampersand + (hex ? 3 : 2), semicolon - ampersand - (hex ? 3 : 2));
        return int.TryParse(
                   digits,
                   hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
                   System.Globalization.CultureInfo.InvariantCulture,
                   out var code)
               && code > 0xFFFF;
    }
}
