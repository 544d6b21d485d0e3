// A small survey for the host-form tests: required rating, yes/no, multiple choice, short text.
export const lmsSurvey = {
  id: 'lms-course-feedback',
  title: 'Course feedback',
  questions: [
    {
      id: 'useful',
      type: 'rating',
      label: 'How useful was the module?',
      help: null,
      required: true,
      scale: 5,
      lowLabel: 'Not useful',
      highLabel: 'Very useful',
    },
    { id: 'again', type: 'yes-no', label: 'Would you take it again?', help: null, required: true },
    {
      id: 'parts',
      type: 'multiple',
      label: 'Which parts helped?',
      help: null,
      required: false,
      maxSelections: null,
      options: [
        { value: 'videos', label: 'Videos' },
        { value: 'exercises', label: 'Exercises' },
        { value: 'mentor', label: 'Mentor sessions' },
      ],
    },
    {
      id: 'word',
      type: 'short-text',
      label: 'One word',
      help: null,
      required: false,
      maxLength: 30,
    },
  ],
};
