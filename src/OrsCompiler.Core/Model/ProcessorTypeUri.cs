using System;

namespace OrsCompiler.Model;

/// <summary>
/// Compares the type URIs of &lt;send&gt; and &lt;invoke&gt; as URIs: the scheme and host name are case-insensitive
/// (RFC 3986, 6.2.2.1), so 'http://Www.w3.org/TR/scxml/' is the SCXML processor type; the path and fragment are not.
/// </summary>
public static class ProcessorTypeUri
{
    public static bool AreSame(string value, string known)
    {
        value = value.Trim();
        if (string.Equals(value, known, StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var a)
            && Uri.TryCreate(known, UriKind.Absolute, out var b)
            && !a.IsFile
            && Uri.Compare(a, b, UriComponents.AbsoluteUri, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;
    }

    public static bool IsOneOf(string value, string[] known)
    {
        foreach (var candidate in known)
        {
            if (AreSame(value, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
