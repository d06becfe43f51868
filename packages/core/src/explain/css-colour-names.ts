// The named colours of CSS Color 4 (https://www.w3.org/TR/css-color-4/#named-colors), lower case: the
// only words a tier colour may be. `transparent`, `currentcolor`, the system colours and `none` are not
// in it: they are no colour of their own, so a tier drawn with one would vanish or follow the page.
const NAMES =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
  'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod ' +
  'darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon ' +
  'darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray ' +
  'dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green ' +
  'greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon ' +
  'lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon ' +
  'lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
  'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
  'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy ' +
  'oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip ' +
  'peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon ' +
  'sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue ' +
  'tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen';

/**
 * Whether a word is one of the 148 named colours of CSS (any letter case).
 *
 * @example isNamedColour('SteelBlue') // → true
 * @example isNamedColour('redd') // → false
 */
export function isNamedColour(word: string): boolean {
  // Whole words of the list only: "blue" is in it, "lue" and "blue lightblue" are not.
  return /^[a-z]+$/iu.test(word) && ` ${NAMES} `.includes(` ${word.toLowerCase()} `);
}
