using System.Globalization;

namespace OrsCompiler.Text;

/// <summary>
/// Characters as a message shows them: printable ones quoted, control and other invisible ones by code point
/// ('\0' and U+0000), because a terminal or log shows them as '.', as nothing, or breaks the line.
/// </summary>
public static class CharacterNames
{
    public static string Describe(int codePoint)
    {
        if (codePoint == 0)
        {
            return "the NUL character '\\0' (U+0000)";
        }

        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
        {
            return "the control character " + CodePoint(codePoint);
        }

        if (IsInvisible(codePoint))
        {
            return "the invisible character " + CodePoint(codePoint);
        }

        return "'" + char.ConvertFromUtf32(codePoint) + "'";
    }

    public static string Describe(char c) => Describe((int)c);

    public static string CodePoint(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsInvisible(int codePoint)
    {
        if (codePoint > 0xFFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            return codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory((char)codePoint);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.OtherNotAssigned
            || (category == UnicodeCategory.SpaceSeparator && codePoint != ' ');
    }
}
