using System.Text;

namespace OrsCompiler.Reporting;

/// <summary>Shortens a <c>cond</c> for a transition label: whitespace runs become one space, long ones end in an ellipsis.</summary>
public static class ConditionText
{
    public static string Shorten(string condition, int maxLength)
    {
        var text = new StringBuilder(condition.Length);
        var space = false;
        foreach (var c in condition.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        if (maxLength < 2 || text.Length <= maxLength)
        {
            return text.ToString();
        }

        return text.ToString(0, maxLength - 1).TrimEnd() + "\u2026";
    }
}
